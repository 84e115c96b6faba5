// Commit batching and the database thread (store/connection_lock.h) on a real SQLite file: turns
// that queue behind each other share one commit, a lone turn commits at once, a refused request
// inside a batch rolls back alone, nobody hears "committed" before the batch is, a batch SQLite
// rolled back answers all of its requests with a problem and turns batching off, and a turn can run
// outside any batch. Work handed to Run runs on the database thread and comes back committed.
#include <chrono>
#include <filesystem>
#include <future>
#include <mutex>
#include <thread>

#include <gtest/gtest.h>
#include <sqlite3.h>

#include "server_process.h"
#include "store/connection_lock.h"
#include "store/database.h"

namespace optagelse::testing {
namespace {

using namespace std::chrono_literals;

class ConnectionLockTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    auto db = store::Database::Open(dir_ + "/l.db", store::Durability::kGroupCommit);
    ASSERT_TRUE(db.has_value());
    db_.emplace(std::move(*db));
    ASSERT_TRUE(db_->Execute("CREATE TABLE t (x INTEGER PRIMARY KEY)").has_value());
    lock_.BatchCommitsOf(*db_, [this] { ++rollbacks_; });
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Rows in t as another connection sees them: only what is committed.
  std::int64_t CommittedRows() { return *store::Database::Open(dir_ + "/l.db")->QueryInt("SELECT count(*) FROM t"); }
  void Insert(int x) { ASSERT_TRUE(db_->Execute("INSERT INTO t VALUES (" + std::to_string(x) + ")").has_value()); }
  void WaitUntilQueued(int threads) {
    while (lock_.waiting() < threads) std::this_thread::sleep_for(1ms);
  }

  std::string dir_;
  std::optional<store::Database> db_;
  store::ConnectionLock lock_;
  int rollbacks_ = 0;
};

TEST_F(ConnectionLockTest, ALoneTurnCommitsWhenItEnds) {
  const auto commits_before = db_->commits();
  {
    std::lock_guard guard(lock_);
    Insert(1);
    EXPECT_EQ(CommittedRows(), 0);  // inside the batch: not yet visible to anyone else
  }
  EXPECT_EQ(CommittedRows(), 1);
  EXPECT_EQ(lock_.batches(), 1u);
  EXPECT_EQ(db_->commits(), commits_before + 1);
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
}

TEST_F(ConnectionLockTest, TurnsThatQueueShareOneCommitAndNobodyHearsOfItBefore) {
  const auto commits_before = db_->commits();
  std::promise<void> second_may_end;
  std::thread second;
  {
    std::lock_guard guard(lock_);
    Insert(1);
    second = std::thread([&] {
      {
        std::lock_guard second_guard(lock_);
        Insert(2);
        second_may_end.get_future().wait();
      }
      EXPECT_TRUE(lock_.WaitCommitted().has_value());
    });
    WaitUntilQueued(1);
  }
  // The first turn ended with the second queued: the batch stays open, nothing is committed yet.
  EXPECT_EQ(CommittedRows(), 0);
  EXPECT_EQ(lock_.batches(), 0u);
  std::thread release([&] {
    std::this_thread::sleep_for(50ms);
    second_may_end.set_value();
  });
  // The first turn's wait returns only after the second turn has ended and committed both.
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
  EXPECT_EQ(lock_.batches(), 1u);
  release.join();
  second.join();
  EXPECT_EQ(CommittedRows(), 2);
  EXPECT_EQ(db_->commits(), commits_before + 1);  // two turns, one commit
}

TEST_F(ConnectionLockTest, ARefusedRequestInsideABatchRollsBackAlone) {
  std::thread second;
  {
    std::lock_guard guard(lock_);
    auto kept = store::Transaction::Begin(*db_);
    ASSERT_TRUE(kept.has_value());
    Insert(1);
    ASSERT_TRUE(kept->Commit().has_value());
    second = std::thread([&] {
      std::lock_guard second_guard(lock_);
      auto refused = store::Transaction::Begin(*db_);
      ASSERT_TRUE(refused.has_value());
      Insert(2);
      // destroyed without Commit(): this request's change is undone, the first one's is not
    });
    WaitUntilQueued(1);
  }
  second.join();
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
  EXPECT_EQ(CommittedRows(), 1);
  EXPECT_EQ(*db_->QueryInt("SELECT x FROM t"), 1);
}

TEST_F(ConnectionLockTest, ABatchRolledBackUnderItsTurnsAnswersEachWithAProblemAndBatchingStops) {
  std::thread second;
  Result<void> second_heard;
  {
    std::lock_guard guard(lock_);
    Insert(1);
    second = std::thread([&] {
      {
        std::lock_guard second_guard(lock_);
        Insert(2);
        ASSERT_TRUE(db_->Execute("ROLLBACK").has_value());  // as SQLite does after a full disk or an I/O error
      }
      second_heard = lock_.WaitCommitted();
    });
    WaitUntilQueued(1);
  }
  second.join();
  EXPECT_FALSE(lock_.WaitCommitted().has_value());
  ASSERT_FALSE(second_heard.has_value());
  EXPECT_EQ(second_heard.error().code, ErrorCode::kDatabaseUnavailable);
  EXPECT_EQ(rollbacks_, 1);
  EXPECT_EQ(CommittedRows(), 0);
  // From now on each turn commits by itself, and says so.
  {
    std::lock_guard guard(lock_);
    Insert(3);
  }
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
  EXPECT_EQ(CommittedRows(), 1);
  EXPECT_EQ(lock_.batches(), 0u);
}

TEST_F(ConnectionLockTest, AnAloneTurnCommitsTheOpenBatchAndRunsOutsideAnyTransaction) {
  std::thread alone;
  int checkpointed = SQLITE_ERROR;
  {
    std::lock_guard guard(lock_);
    Insert(1);
    alone = std::thread([&] {
      store::AloneTurn turn(lock_);
      // The retention job's WAL truncation: refused inside a transaction.
      checkpointed = sqlite3_wal_checkpoint_v2(db_->handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
    });
    WaitUntilQueued(1);
  }
  alone.join();
  EXPECT_EQ(checkpointed, SQLITE_OK);
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
  EXPECT_EQ(CommittedRows(), 1);
}

TEST_F(ConnectionLockTest, RunTurnsRunOnTheDatabaseThreadShareABatchAndReturnOnlyOnceItIsCommitted) {
  const auto commits_before = db_->commits();
  std::thread::id ran_on[2];
  std::int64_t seen_after[2] = {0, 0};
  std::thread runners[2];
  {
    std::lock_guard guard(lock_);
    Insert(1);
    for (int i = 0; i < 2; ++i) {
      runners[i] = std::thread([&, i] {
        lock_.Run([&] {
          ran_on[i] = std::this_thread::get_id();
          Insert(10 + i);
        });
        seen_after[i] = *store::Database::Open(dir_ + "/l.db")->QueryInt("SELECT count(*) FROM t WHERE x = " + std::to_string(10 + i));
        EXPECT_TRUE(lock_.WaitCommitted().has_value());
      });
    }
    WaitUntilQueued(2);
  }
  for (auto& runner : runners) runner.join();
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
  EXPECT_EQ(seen_after[0], 1);  // committed before Run returned
  EXPECT_EQ(seen_after[1], 1);
  EXPECT_EQ(ran_on[0], ran_on[1]);  // the one database thread
  EXPECT_NE(ran_on[0], runners[0].get_id());
  EXPECT_EQ(CommittedRows(), 3);
  EXPECT_EQ(db_->commits(), commits_before + 1);  // three turns, one commit
}

TEST_F(ConnectionLockTest, ARunTurnInABatchThatWasRolledBackHearsItAndATurnInsideATurnJustRuns) {
  lock_.Run([&] {
    Insert(1);
    lock_.Run([&] { Insert(2); });  // nested: already the database's turn, so no deadlock
    std::lock_guard nested(lock_);
    ASSERT_TRUE(db_->Execute("ROLLBACK").has_value());  // as SQLite does after a full disk or an I/O error
  });
  const auto heard = lock_.WaitCommitted();
  ASSERT_FALSE(heard.has_value());
  EXPECT_EQ(heard.error().code, ErrorCode::kDatabaseUnavailable);
  EXPECT_EQ(rollbacks_, 1);
  EXPECT_EQ(CommittedRows(), 0);
  lock_.Run([&] { Insert(3); });  // batching is off now: the insert commits by itself
  EXPECT_TRUE(lock_.WaitCommitted().has_value());
  EXPECT_EQ(CommittedRows(), 1);
}

}  // namespace
}  // namespace optagelse::testing
