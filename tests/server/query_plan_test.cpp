// The look-ups on the busiest paths (a guardian's visit, every login) search an index instead of
// reading a whole table that grows all year. Under the deadline-hour load these full scans were
// the largest cost of a guardian's visit (tools/bench/load_bench.cpp); this test fails if the
// indexes go or a query stops using them. It checks the statements the store itself runs: each
// test calls the store's function, then asks SQLite for the plan of the SQL that call left in the
// connection's statement cache - no SQL is copied here.
#include <filesystem>

#include <gtest/gtest.h>

#include "auth/session.h"
#include "server_process.h"
#include "store/application_store.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/register_lookup.h"

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
  // The statement the store ran that contains `fragment` (exactly one must).
  std::string StoreStatement(const std::string& fragment) {
    std::vector<std::string> found;
    for (const std::string& text : db_->kept_statement_texts()) {
      if (text.find(fragment) != std::string::npos) found.push_back(text);
    }
    EXPECT_EQ(found.size(), 1u) << "statements containing " << fragment;
    return found.empty() ? "SELECT 1" : found.front();
  }
  // SQLite's plan of the store's statement, one line per step ("SEARCH t USING INDEX ...", "SCAN t").
  std::string PlanOf(const std::string& fragment) {
    const std::string sql = StoreStatement(fragment);
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
  ASSERT_TRUE(store::ChildrenInCustody(*db_, "0101101234").has_value());
  ASSERT_TRUE(store::GuardianNotices(*db_, "0101801234").has_value());
  EXPECT_TRUE(Searches(PlanOf("FROM guardianships WHERE guardian_cpr"), "guardianships", "guardianships_by_guardian"));
  const std::string notices = PlanOf("FROM guardian_notices WHERE guardian_cpr");
  EXPECT_TRUE(Searches(notices, "guardian_notices", "guardian_notices_by_guardian"));
  EXPECT_EQ(notices.find("TEMP B-TREE"), std::string::npos) << notices;  // no sort of the guardian's notices either
}

TEST_F(QueryPlanTest, TheLoginsPurgeOfExpiredSessionsIsSearched) {
  ASSERT_TRUE(auth::CreateSession(*db_, auth::Role::kCitizen, "0101101234", 1'800'000'000, "simulator").has_value());
  EXPECT_TRUE(Searches(PlanOf("DELETE FROM sessions WHERE expires_at"), "sessions", "sessions_by_expiry"));
}

TEST_F(QueryPlanTest, DeletingAnApplicationSearchesItsNoticesAndMessages) {
  ASSERT_TRUE(store::DeleteApplication(*db_, 1).has_value());
  EXPECT_TRUE(Searches(PlanOf("DELETE FROM guardian_notices WHERE application_id"), "guardian_notices", "guardian_notices_by_application"));
  EXPECT_TRUE(Searches(PlanOf("DELETE FROM outbox WHERE application_id"), "outbox", "outbox_by_application"));
}

TEST_F(QueryPlanTest, WhetherAnApplicationWasEverSubmittedIsSearchedNotReadThroughItsHistory) {
  ASSERT_TRUE(store::EverSubmitted(*db_, 1).has_value());
  EXPECT_TRUE(Searches(PlanOf("FROM application_events WHERE application_id"), "application_events", "application_events_submitted"));
}

TEST_F(QueryPlanTest, TheDecisionsOnTheCurrentContentAreSearchedNotReadThroughAllDecisions) {
  ASSERT_TRUE(store::SignaturesOn(*db_, 1, "abc").has_value());
  const std::string on = PlanOf("FROM application_signatures WHERE application_id");
  EXPECT_TRUE(Searches(on, "application_signatures", "application_signatures_by_content"));
  EXPECT_EQ(on.find("TEMP B-TREE"), std::string::npos) << on;
}

}  // namespace
}  // namespace optagelse::testing
