// The region's allocation through the real server: run on a snapshot (stored with hashes, never
// changed), the result per programme, a rerun giving the same bytes, placing the unplaced by hand
// (recorded once), publishing, and then the applicant seeing their place and why, and the
// institution its admitted list. Other regions and roles are refused.
#include <filesystem>
#include <fstream>
#include <iostream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

class AllocationRouteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({5, 12});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{"--demo-data", dir_ + "/demo.json"}, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
    region_ = LoginAs(server_->port(), "region", "1084");
    ASSERT_FALSE(region_.empty());
    for (const auto& person : dataset_.persons) {
      if (!person.guardians.empty() && applicants_.size() < 3) applicants_.push_back(person.cpr);
    }
  }
  void TearDown() override {
    if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Three applicants for one stx seat at 101001; the loser of the tie has no other seat in reach.
  std::string Input() const {
    return R"({"rule_set": "2023", "seed": 7, "programmes": [
        {"id": "101001-stx", "institution": "101001", "programme": "stx", "capacity": 1},
        {"id": "147003-stx", "institution": "147003", "programme": "stx", "capacity": 1}],
      "applicants": [
        {"id": ")" + applicants_[0] + R"(", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 12, "147003": 30}},
        {"id": ")" + applicants_[1] + R"(", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 20, "147003": 35}},
        {"id": ")" + applicants_[2] + R"(", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 25, "147003": 60}}]})";
  }
  std::string RunPath(const wire::Json& run, const std::string& rest = "") const {
    return "/api/v1/regions/1084/allocations/" + std::to_string(run["id"].get<std::int64_t>()) + rest;
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::vector<std::string> applicants_;
  std::unique_ptr<ServerProcess> server_;
  Headers region_;
};

TEST_F(AllocationRouteTest, RunPlaceByHandPublishAndEveryoneSeesTheirPart) {
  const Answer run = Post(server_->port(), "/api/v1/regions/1084/allocations", Input(), "application/json", region_);
  ASSERT_EQ(run.status, 201) << run.body;
  EXPECT_EQ(run.json["stable"], true);
  EXPECT_EQ(run.json["placed"], 2);
  EXPECT_EQ(run.json["unplaced"], 1);
  EXPECT_EQ(run.json["result_sha256"].get<std::string>().size(), 64u);

  const Answer detail = Get(server_->port(), RunPath(run.json), region_);
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_EQ(detail.json["cutoffs"][0]["filled"], 1);
  EXPECT_EQ(detail.json["cutoffs"][0]["last_key"]["minutes"], 12);
  ASSERT_EQ(detail.json["unplaced"].size(), 1u);
  EXPECT_EQ(detail.json["unplaced"][0]["applicant"], applicants_[2]);
  EXPECT_EQ(detail.json["unplaced"][0]["reason_name"], "allocation_no_seat_within_reach");

  const Answer rerun = Post(server_->port(), RunPath(run.json, "/rerun"), "", "application/json", region_);
  EXPECT_EQ(rerun.json["identical"], true) << rerun.body;

  const std::string by_hand = R"({"applicant": ")" + applicants_[2] + R"(", "programme": "147003-stx", "reason": "kørselsordning"})";
  EXPECT_EQ(Post(server_->port(), RunPath(run.json, "/placements"), by_hand, "application/json", region_).status, 201);
  EXPECT_EQ(Post(server_->port(), RunPath(run.json, "/placements"), by_hand, "application/json", region_).status, 409);
  const std::string placed = R"({"applicant": ")" + applicants_[0] + R"(", "programme": "147003-stx", "reason": "x"})";
  EXPECT_EQ(Post(server_->port(), RunPath(run.json, "/placements"), placed, "application/json", region_).json["errors"][0]["name"],
            "allocation_applicant_placed");

  // Nothing is visible to applicants before publication.
  const Headers applicant = LoginAsPerson(server_->port(), applicants_[1]);
  EXPECT_EQ(Get(server_->port(), "/api/v1/me/placement", applicant).json["placements"].size(), 0u);
  ASSERT_EQ(Post(server_->port(), RunPath(run.json, "/publish"), "", "application/json", region_).status, 200);
  EXPECT_EQ(Post(server_->port(), RunPath(run.json, "/publish"), "", "application/json", region_).status, 409);
  // Running and publishing wrote about every applicant in the run: one audit row each, each time.
  {
    auto db = store::Database::Open(server_->database());
    for (const char* action : {"run allocation", "publish allocation"}) {
      for (const std::string& applicant : applicants_) {
        EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM audit_log WHERE action = '" + std::string(action) + "' AND subject_cpr = '" +
                                applicant + "' AND actor = '1084'"), 1) << action;
      }
    }
  }

  const Answer mine = Get(server_->port(), "/api/v1/me/placement", applicant);
  ASSERT_EQ(mine.status, 200) << mine.body;
  ASSERT_EQ(mine.json["placements"].size(), 1u);
  EXPECT_EQ(mine.json["placements"][0]["programme"], "147003-stx");
  EXPECT_EQ(mine.json["placements"][0]["wishes"][0]["text"]["en"],
            "You ranked it as your 1st wish and live 20 minutes away; the last admitted with the same rank lives 12 minutes away.");
  const Answer by_region = Get(server_->port(), "/api/v1/me/placement", LoginAsPerson(server_->port(), applicants_[2]));
  EXPECT_EQ(by_region.json["placements"][0]["placed_by_region"], true);

  const Answer admitted = Get(server_->port(), "/api/v1/institutions/147003/admitted", LoginAs(server_->port(), "institution", "147003"));
  ASSERT_EQ(admitted.status, 200) << admitted.body;
  ASSERT_EQ(admitted.json["admitted"].size(), 2u);
  EXPECT_EQ(admitted.json["admitted"][0]["via"], "nearest");
  EXPECT_EQ(admitted.json["admitted"][1]["via"], "region");

  // The stored run cannot be changed, not even in the database.
  auto db = store::Database::Open(server_->database());
  EXPECT_FALSE(db->Execute("UPDATE allocation_runs SET seed = 8").has_value());
}

TEST_F(AllocationRouteTest, OnlyTheRegionsOwnStaffAndValidInput) {
  const Answer run = Post(server_->port(), "/api/v1/regions/1084/allocations", Input(), "application/json", region_);
  ASSERT_EQ(run.status, 201);
  const Headers other_region = LoginAs(server_->port(), "region", "1081");
  EXPECT_EQ(Get(server_->port(), RunPath(run.json), other_region).status, 403);
  EXPECT_EQ(Get(server_->port(), "/api/v1/regions/1081/allocations/" + std::to_string(run.json["id"].get<int>()), other_region).status, 404);
  EXPECT_EQ(Get(server_->port(), RunPath(run.json), LoginAs(server_->port(), "school", "101002")).status, 403);
  EXPECT_EQ(Get(server_->port(), "/api/v1/institutions/101001/admitted", LoginAs(server_->port(), "institution", "147003")).status, 403);
  EXPECT_TRUE(LoginAs(server_->port(), "region", "9999").empty());

  std::string bad = Input();
  bad.replace(bad.find("\"capacity\": 1"), 13, "\"capacity\": -4");
  const Answer refused = Post(server_->port(), "/api/v1/regions/1084/allocations", bad, "application/json", region_);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["field"], "programmes[0].capacity");
  EXPECT_EQ(Get(server_->port(), "/api/v1/regions/1084/allocations", region_).json["runs"].size(), 1u);
}

}  // namespace
}  // namespace optagelse::testing
