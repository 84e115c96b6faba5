// Group commit (store/group_commit.h, store/database.cpp): a wait returns only after a WAL flush
// that started after every commit counted before the wait; one flush serves many waiters; a failed
// flush is never reported as durable, then or later. Then the same through a real SQLite file.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "server_process.h"
#include "store/database.h"
#include "store/group_commit.h"

namespace optagelse::testing {
namespace {

using store::GroupCommit;

// A flush that remembers, for the flushes that have finished, the highest commit count seen when
// one started: a commit is covered once that number has reached it.
struct RecordingFlush {
  GroupCommit* group = nullptr;
  std::atomic<std::uint64_t> covered{0};
  std::atomic<int> calls{0};
  std::chrono::microseconds duration{0};

  Result<void> operator()() {
    calls.fetch_add(1);
    const std::uint64_t seen = group->commits();
    std::this_thread::sleep_for(duration);
    std::uint64_t previous = covered.load();
    while (previous < seen && !covered.compare_exchange_weak(previous, seen)) {
    }
    return {};
  }
};

TEST(GroupCommit, WaitsOnlyWhenSomethingIsUnflushed) {
  RecordingFlush flush;
  GroupCommit group([&] { return flush(); });
  flush.group = &group;
  ASSERT_TRUE(group.WaitDurable().has_value());
  EXPECT_EQ(flush.calls.load(), 0);
  group.NoteCommit();
  ASSERT_TRUE(group.WaitDurable().has_value());
  EXPECT_EQ(flush.calls.load(), 1);
  ASSERT_TRUE(group.WaitDurable().has_value());
  EXPECT_EQ(flush.calls.load(), 1) << "nothing new was committed";
  EXPECT_EQ(group.commits(), 1u);
  EXPECT_EQ(group.flushes(), 1u);
}

TEST(GroupCommit, ACommitDuringAFlushWaitsForTheNextFlush) {
  std::promise<void> first_flush_started;
  std::promise<void> release_first_flush;
  std::shared_future<void> released = release_first_flush.get_future().share();
  std::atomic<int> flushes{0};
  GroupCommit group([&]() -> Result<void> {
    if (flushes.fetch_add(1) == 0) {
      first_flush_started.set_value();
      released.wait();
    }
    return {};
  });
  group.NoteCommit();
  auto first = std::async(std::launch::async, [&] { return group.WaitDurable().has_value(); });
  first_flush_started.get_future().wait();
  group.NoteCommit();  // written after the running flush began: that flush does not cover it
  std::atomic<bool> second_done = false;
  auto second = std::async(std::launch::async, [&] {
    const bool ok = group.WaitDurable().has_value();
    second_done = true;
    return ok;
  });
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  EXPECT_FALSE(second_done.load()) << "returned while the only flush so far started before its commit";
  release_first_flush.set_value();
  EXPECT_TRUE(first.get());
  EXPECT_TRUE(second.get());
  EXPECT_EQ(flushes.load(), 2);
}

TEST(GroupCommit, ManyWaitersShareFlushesAndEachIsCovered) {
  RecordingFlush flush;
  flush.duration = std::chrono::microseconds(500);
  GroupCommit group([&] { return flush(); });
  flush.group = &group;
  constexpr int kThreads = 16;
  constexpr int kCommitsEach = 50;
  std::atomic<int> uncovered = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kCommitsEach; ++i) {
        group.NoteCommit();
        const std::uint64_t mine = group.commits();  // at least my commit's number
        if (!group.WaitDurable() || flush.covered.load() < mine) ++uncovered;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(uncovered.load(), 0);
  EXPECT_EQ(group.commits(), static_cast<std::uint64_t>(kThreads * kCommitsEach));
  EXPECT_LT(flush.calls.load(), kThreads * kCommitsEach / 2) << "flushes were not shared";
}

TEST(GroupCommit, AFailedFlushIsNeverReportedDurableAfterwards) {
  int calls = 0;
  GroupCommit group([&]() -> Result<void> {
    if (++calls == 2) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "disk gone"));
    return {};
  });
  group.NoteCommit();
  EXPECT_TRUE(group.WaitDurable().has_value());
  group.NoteCommit();
  auto failed = group.WaitDurable();
  ASSERT_FALSE(failed.has_value());
  EXPECT_EQ(failed.error().code, ErrorCode::kDatabaseUnavailable);
  group.NoteCommit();  // a later flush might succeed without the lost pages: still no
  EXPECT_FALSE(group.WaitDurable().has_value());
  EXPECT_EQ(calls, 2);
}

TEST(GroupCommit, ARealConnectionCountsItsCommitsAndFlushesTheWal) {
  const std::string dir = MakeTempDir();
  auto db = store::Database::Open(dir + "/g.db", store::Durability::kGroupCommit);
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(*db->QueryInt("PRAGMA synchronous"), 1) << "NORMAL: the flush is ours";
  ASSERT_TRUE(db->Execute("CREATE TABLE t (x INTEGER)").has_value());
  const auto before = db->commits();
  ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (1)").has_value());  // its own (automatic) transaction
  {
    auto transaction = store::Transaction::Begin(*db);
    ASSERT_TRUE(transaction.has_value());
    ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (2)").has_value());
    ASSERT_TRUE(transaction->Commit().has_value());
  }
  {
    auto rolled_back = store::Transaction::Begin(*db);
    ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (3)").has_value());
  }
  EXPECT_EQ(db->commits(), before + 2) << "two commits; a rollback is none";
  const auto flushes = db->flushes();
  ASSERT_TRUE(db->WaitDurable().has_value());
  EXPECT_EQ(db->flushes(), flushes + 1);
  ASSERT_TRUE(db->WaitDurable().has_value());
  EXPECT_EQ(db->flushes(), flushes + 1);

  auto plain = store::Database::Open(dir + "/p.db");
  ASSERT_TRUE(plain.has_value());
  EXPECT_EQ(*plain->QueryInt("PRAGMA synchronous"), 2) << "FULL: each commit flushes itself";
  ASSERT_TRUE(plain->Execute("CREATE TABLE t (x INTEGER)").has_value());
  EXPECT_TRUE(plain->WaitDurable().has_value());
  EXPECT_EQ(plain->flushes(), 0u);
  std::filesystem::remove_all(dir);
}

// store/wal_checkpointer.h: once the log passes 1,000 pages the checkpointer's own connection
// copies it into the database file; closing mid-checkpoint loses nothing.
TEST(GroupCommit, TheCheckpointerCopiesTheLogIntoTheDatabaseFile) {
  const std::string dir = MakeTempDir();
  const std::string path = dir + "/c.db";
  constexpr int kRows = 1500;  // a 3,000-byte row each: one page and more per commit
  {
    auto db = store::Database::Open(path, store::Durability::kGroupCommit);
    ASSERT_TRUE(db.has_value());
    ASSERT_TRUE(db->Execute("CREATE TABLE t (x INTEGER, payload BLOB)").has_value());
    ASSERT_TRUE(db->WaitDurable().has_value());
    const auto empty_size = std::filesystem::file_size(path);
    EXPECT_EQ(db->checkpoints(), 0u);
    for (int i = 0; i < kRows; ++i) {
      ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (" + std::to_string(i) + ", randomblob(3000))").has_value());
    }
    ASSERT_TRUE(db->WaitDurable().has_value());
    for (int waited = 0; db->checkpoints() == 0 && waited < 1000; ++waited) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    EXPECT_GE(db->checkpoints(), 1u);
    EXPECT_GT(std::filesystem::file_size(path), empty_size + 1000 * 3000) << "the log's pages are in the file";
    EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM t"), kRows);
    for (int i = 0; i < 300; ++i) {  // more, so a checkpoint may be under way as the connection closes
      ASSERT_TRUE(db->Execute("INSERT INTO t VALUES (" + std::to_string(kRows + i) + ", randomblob(3000))").has_value());
    }
    ASSERT_TRUE(db->WaitDurable().has_value());
  }
  auto reopened = store::Database::Open(path);
  ASSERT_TRUE(reopened.has_value());
  EXPECT_EQ(*reopened->QueryInt("SELECT count(*) FROM t"), kRows + 300);
  EXPECT_EQ(*reopened->QueryInt("SELECT count(DISTINCT x) FROM t"), kRows + 300);
  auto integrity = reopened->Prepare("PRAGMA integrity_check");
  ASSERT_TRUE(integrity.has_value());
  ASSERT_TRUE(*integrity->Step());
  EXPECT_EQ(integrity->ColumnText(0), "ok");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
