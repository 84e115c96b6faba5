// The look-ups on the busiest paths (a guardian's visit, every login) search an index instead of
// reading a whole table that grows all year. Under the deadline-hour load these full scans were
// the largest cost of a guardian's visit (tools/bench/load_bench.cpp); this test fails if the
// indexes of migration 10 go or a query stops using them.
#include <filesystem>

#include <gtest/gtest.h>

#include "server_process.h"
#include "store/database.h"
#include "store/migrations.h"

namespace optagelse::testing {
namespace {

class QueryPlanTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    auto db = store::Database::Open(dir_ + "/plan.db");
    ASSERT_TRUE(db.has_value());
    db_.emplace(std::move(*db));
    ASSERT_TRUE(store::Migrate(*db_).has_value());
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }
  // SQLite's plan, one line per step ("SEARCH t USING INDEX ...", "SCAN t").
  std::string Plan(const std::string& sql) {
    auto explain = db_->Prepare("EXPLAIN QUERY PLAN " + sql);
    EXPECT_TRUE(explain.has_value()) << sql;
    std::string plan;
    while (explain && explain->Step().value_or(false)) plan += explain->ColumnText(3) + "\n";
    return plan;
  }
  std::string dir_;
  std::optional<store::Database> db_;
};

// The plan looks the table up through the index (covering or not) rather than reading it all.
::testing::AssertionResult Searches(const std::string& plan, const std::string& table, const std::string& index) {
  const bool searched = plan.find("SEARCH " + table + " USING ") != std::string::npos &&
                        plan.find("INDEX " + index + " ") != std::string::npos;
  if (searched) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << "plan:\n" << plan;
}

TEST_F(QueryPlanTest, AGuardiansChildrenAndNoticesAreSearched) {
  const std::string children = Plan("SELECT child_cpr FROM guardianships WHERE guardian_cpr = ? AND custody = 1 ORDER BY child_cpr");
  EXPECT_TRUE(Searches(children, "guardianships", "guardianships_by_guardian"));
  const std::string notices = Plan("SELECT application_id, kind, at FROM guardian_notices WHERE guardian_cpr = ? ORDER BY id DESC LIMIT 50");
  EXPECT_TRUE(Searches(notices, "guardian_notices", "guardian_notices_by_guardian"));
  EXPECT_EQ(notices.find("TEMP B-TREE"), std::string::npos) << notices;  // no sort of the guardian's notices either
}

TEST_F(QueryPlanTest, TheLoginsPurgeOfExpiredSessionsIsSearched) {
  const std::string purge = Plan("DELETE FROM sessions WHERE expires_at < ?");
  EXPECT_TRUE(Searches(purge, "sessions", "sessions_by_expiry"));
}

TEST_F(QueryPlanTest, ErasingAnApplicationSearchesItsNotices) {
  const std::string erase = Plan("DELETE FROM guardian_notices WHERE application_id = ?");
  EXPECT_TRUE(Searches(erase, "guardian_notices", "guardian_notices_by_application"));
}

TEST_F(QueryPlanTest, WhetherAnApplicationWasEverSubmittedIsSearchedNotReadThroughItsHistory) {
  const std::string ever = Plan("SELECT 1 FROM application_events WHERE application_id = ? AND event = 'submitted' LIMIT 1");
  EXPECT_TRUE(Searches(ever, "application_events", "application_events_submitted"));
}

TEST_F(QueryPlanTest, TheDecisionsOnTheCurrentContentAreSearchedNotReadThroughAllDecisions) {
  const std::string on = Plan(
      "SELECT guardian_cpr, content_sha256, decision, comment, at FROM application_signatures "
      "WHERE application_id = ? AND content_sha256 = ? ORDER BY id");
  EXPECT_TRUE(Searches(on, "application_signatures", "application_signatures_by_content"));
  EXPECT_EQ(on.find("TEMP B-TREE"), std::string::npos) << on;
}

}  // namespace
}  // namespace optagelse::testing
