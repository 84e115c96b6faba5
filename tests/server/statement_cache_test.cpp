// Reused compiled statements (store/statement_cache.h): a statement handed out again starts from
// the beginning with no values bound, one in use is never handed out twice, a kept one holds no
// read open (checkpoints still finish), schema changes recompile it, and the cache is bounded.
#include <sqlite3.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "server_process.h"
#include "store/database.h"

namespace optagelse::testing {
namespace {

class StatementCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    auto db = store::Database::Open(dir_ + "/s.db");
    ASSERT_TRUE(db.has_value());
    db_.emplace(std::move(*db));
    ASSERT_TRUE(db_->Execute("CREATE TABLE t (x INTEGER); INSERT INTO t VALUES (1), (2), (3);").has_value());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::string dir_;
  std::optional<store::Database> db_;
};

TEST_F(StatementCacheTest, AReusedStatementStartsAgainWithNothingBound) {
  const std::size_t kept_before = db_->kept_statements();
  {
    auto first = db_->Prepare("SELECT x, ? FROM t ORDER BY x");
    ASSERT_TRUE(first.has_value());
    first->Bind(1, std::int64_t{42});
    ASSERT_TRUE(*first->Step());
    EXPECT_EQ(first->ColumnInt(1), 42);
  }  // left after one row of three
  EXPECT_EQ(db_->kept_statements(), kept_before + 1);
  auto again = db_->Prepare("SELECT x, ? FROM t ORDER BY x");
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(db_->kept_statements(), kept_before) << "the kept statement was handed out";
  ASSERT_TRUE(*again->Step());
  EXPECT_EQ(again->ColumnInt(0), 1) << "from the first row again";
  EXPECT_TRUE(again->ColumnIsNull(1)) << "no value left bound";
}

TEST_F(StatementCacheTest, AStatementInUseIsNotHandedOutTwice) {
  auto outer = db_->Prepare("SELECT x FROM t ORDER BY x");
  ASSERT_TRUE(outer.has_value());
  int pairs = 0;
  while (*outer->Step()) {
    auto inner = db_->Prepare("SELECT x FROM t ORDER BY x");
    ASSERT_TRUE(inner.has_value());
    while (*inner->Step()) ++pairs;
  }
  EXPECT_EQ(pairs, 9);
}

TEST_F(StatementCacheTest, AKeptStatementHoldsNoReadOpen) {
  {
    auto unfinished = db_->Prepare("SELECT x FROM t");
    ASSERT_TRUE(*unfinished->Step());
  }
  auto other = store::Database::Open(dir_ + "/s.db");
  ASSERT_TRUE(other.has_value());
  ASSERT_TRUE(other->Execute("INSERT INTO t VALUES (4)").has_value());
  int log_frames = -1;
  int checkpointed = -1;
  ASSERT_EQ(sqlite3_wal_checkpoint_v2(other->handle(), "main", SQLITE_CHECKPOINT_TRUNCATE, &log_frames, &checkpointed), SQLITE_OK)
      << "a reader would keep the checkpoint from finishing";
  EXPECT_EQ(*db_->QueryInt("SELECT count(*) FROM t"), 4);
}

TEST_F(StatementCacheTest, ASchemaChangeRecompilesAKeptStatement) {
  EXPECT_EQ(*db_->QueryInt("SELECT count(*) FROM t"), 3);
  ASSERT_TRUE(db_->Execute("DROP TABLE t; CREATE TABLE t (y TEXT, x INTEGER); INSERT INTO t VALUES ('a', 7);").has_value());
  EXPECT_EQ(*db_->QueryInt("SELECT count(*) FROM t"), 1);
}

TEST_F(StatementCacheTest, TheCacheIsBounded) {
  for (std::size_t i = 0; i < store::StatementCache::kMaxIdle + 50; ++i) {
    ASSERT_TRUE(db_->QueryInt("SELECT " + std::to_string(i)).has_value());
  }
  EXPECT_EQ(db_->kept_statements(), store::StatementCache::kMaxIdle);
}

}  // namespace
}  // namespace optagelse::testing
