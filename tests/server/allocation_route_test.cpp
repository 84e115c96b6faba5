// The region's allocation through the real server: three applicants submit, the region imports
// their travel times, and after the deadline it runs on its own snapshot (stored with hashes, never
// changed), sees the result per programme, reruns to the same bytes, places the unplaced by hand
// (recorded once) and publishes; the applicant then sees their place and why, the institution its
// admitted list. A hand-made data set (an invented applicant placed where the region likes) is
// refused and stores nothing; a run made before the deadline is never published; other regions and
// roles are refused.
#include <algorithm>

#include <gtest/gtest.h>

#include "api_client.h"
#include "demo_server_test.h"
#include "store/database.h"
#include "wire/placement_answers.h"

namespace optagelse::testing {
namespace {

constexpr const char* kBeforeDeadline = "2027-02-10T10:00:00Z";
constexpr const char* kAfterDeadline = "2027-03-02T10:00:00Z";
constexpr const char* kTravelHeader = "cpr;adresse_id;institution;offentlig_minutter;cykel_minutter;referencedato\n";
// One stx seat at 101001 and one at 147003; every other offer of the region has none.
constexpr const char* kRunRequest = R"({"admission_year": 2027, "seed": 7, "default_capacity": 0,
                                        "capacities": {"101001-stx": 1, "147003-stx": 1}})";

class AllocationRouteTest : public DemoServerTest {
 protected:
  void SetUp() override {
    MakeDemoData({7, 80});
    Start(kBeforeDeadline, true);
    // Adults in Copenhagen (region 1084; no guardian signs) at three different addresses.
    for (const auto& person : dataset_.persons) {
      const bool new_address = std::none_of(applicants_.begin(), applicants_.end(), [&](const auto& a) { return a.address_id == person.address_id; });
      if (person.guardians.empty() && person.municipality_code == 101 && new_address && applicants_.size() < 3) applicants_.push_back(person);
    }
    ASSERT_EQ(applicants_.size(), 3u);
  }
  void Start(const std::string& now, bool load_demo = false) {
    DemoServerTest::Start(now, load_demo);
    region_ = LoginAs(Port(), "region", "1084");
    ASSERT_FALSE(region_.empty());
  }

  // All three wish stx at 101001 only and submit; the journey planner says 12, 20 and 25 minutes to
  // 101001 and 30, 35 and 60 to 147003: the one who loses the tie-break has no seat within reach.
  void ApplyAndImportTimes() {
    for (const auto& person : applicants_) {
      const Headers who = LoginAsPerson(Port(), person.cpr);
      const Answer saved = Put(Port(), "/api/v1/me/application",
                               R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@example.dk"}}})",
                               who);
      ASSERT_EQ(saved.status, 200) << saved.body;
      ASSERT_EQ(Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", who).status, 200);
    }
    std::string csv = kTravelHeader;
    const int to_101001[] = {12, 20, 25};
    const int to_147003[] = {30, 35, 60};
    for (int i = 0; i < 3; ++i) {
      csv += ";" + applicants_[i].address_id + ";101001;" + std::to_string(to_101001[i]) + ";99;2027-01-14\n";
      csv += ";" + applicants_[i].address_id + ";147003;" + std::to_string(to_147003[i]) + ";99;2027-01-14\n";
    }
    const Answer imported = Post(Port(), "/api/v1/travel-times", csv, "text/csv", region_);
    ASSERT_EQ(imported.status, 201) << imported.body;
  }
  std::string RunPath(const wire::Json& run, const std::string& rest = "") const {
    return "/api/v1/regions/1084/allocations/" + std::to_string(run["id"].get<std::int64_t>()) + rest;
  }
  static wire::Json CutoffOf(const wire::Json& detail, const std::string& programme) {
    for (const auto& cutoff : detail["cutoffs"]) {
      if (cutoff["programme"] == programme) return cutoff;
    }
    return nullptr;
  }

  std::vector<registry::Person> applicants_;
  Headers region_;
};

TEST_F(AllocationRouteTest, RunPlaceByHandPublishAndEveryoneSeesTheirPart) {
  ApplyAndImportTimes();
  Start(kAfterDeadline);
  const Answer run = Post(Port(), "/api/v1/regions/1084/allocations", kRunRequest, "application/json", region_);
  ASSERT_EQ(run.status, 201) << run.body;
  EXPECT_EQ(run.json["stable"], true);
  EXPECT_EQ(run.json["placed"], 2);
  EXPECT_EQ(run.json["unplaced"], 1);
  EXPECT_EQ(run.json["result_sha256"].get<std::string>().size(), 64u);

  const Answer detail = Get(Port(), RunPath(run.json), region_);
  ASSERT_EQ(detail.status, 200) << detail.body;
  const wire::Json cutoff = CutoffOf(detail.json, "101001-stx");
  ASSERT_TRUE(cutoff.is_object()) << detail.body;
  EXPECT_EQ(cutoff["filled"], 1);
  EXPECT_EQ(cutoff["last_key"]["minutes"], 12);
  ASSERT_EQ(detail.json["unplaced"].size(), 1u);
  EXPECT_EQ(detail.json["unplaced"][0]["applicant"], applicants_[2].cpr);
  EXPECT_EQ(detail.json["unplaced"][0]["reason_name"], "allocation_no_seat_within_reach");

  const Answer rerun = Post(Port(), RunPath(run.json, "/rerun"), "", "application/json", region_);
  EXPECT_EQ(rerun.json["identical"], true) << rerun.body;

  const std::string by_hand = R"({"applicant": ")" + applicants_[2].cpr + R"(", "programme": "147003-stx", "reason": "kørselsordning"})";
  EXPECT_EQ(Post(Port(), RunPath(run.json, "/placements"), by_hand, "application/json", region_).status, 201);
  EXPECT_EQ(Post(Port(), RunPath(run.json, "/placements"), by_hand, "application/json", region_).status, 409);
  const std::string placed = R"({"applicant": ")" + applicants_[0].cpr + R"(", "programme": "147003-stx", "reason": "x"})";
  EXPECT_EQ(Post(Port(), RunPath(run.json, "/placements"), placed, "application/json", region_).json["errors"][0]["name"],
            "allocation_applicant_placed");

  // Nothing is visible to applicants before publication.
  const Headers applicant = LoginAsPerson(Port(), applicants_[1].cpr);
  EXPECT_EQ(Get(Port(), "/api/v1/me/placement", applicant).json["placements"].size(), 0u);
  ASSERT_EQ(Post(Port(), RunPath(run.json, "/publish"), "", "application/json", region_).status, 200);
  EXPECT_EQ(Post(Port(), RunPath(run.json, "/publish"), "", "application/json", region_).status, 409);
  // Running and publishing wrote about every applicant in the run: one audit row each, each time.
  for (const char* action : {"run allocation", "publish allocation"}) {
    for (const auto& person : applicants_) {
      EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = '" + std::string(action) + "' AND subject_cpr = '" + person.cpr +
                      "' AND actor = '1084'"), 1) << action;
    }
  }

  const Answer mine = Get(Port(), "/api/v1/me/placement", applicant);
  ASSERT_EQ(mine.status, 200) << mine.body;
  auto placements = wire::DecodeAnswerText<wire::MyPlacements>(mine.body);  // as the app reads it
  ASSERT_TRUE(placements) << placements.error().field;
  ASSERT_EQ(placements->placements.size(), 1u);
  EXPECT_TRUE(placements->placements[0].placed);
  EXPECT_FALSE(placements->placements[0].placed_by_region);
  EXPECT_EQ(placements->placements[0].programme, "147003-stx");
  ASSERT_FALSE(placements->placements[0].wishes.empty());
  EXPECT_EQ(placements->placements[0].wishes[0].text.en,
            "You ranked it as your 1st wish and live 20 minutes away; the last admitted with the same rank lives 12 minutes away.");
  auto by_region = wire::DecodeAnswerText<wire::MyPlacements>(
      Get(Port(), "/api/v1/me/placement", LoginAsPerson(Port(), applicants_[2].cpr)).body);
  ASSERT_TRUE(by_region && !by_region->placements.empty());
  EXPECT_TRUE(by_region->placements[0].placed_by_region);

  const Answer admitted = Get(Port(), "/api/v1/institutions/147003/admitted", LoginAs(Port(), "institution", "147003"));
  ASSERT_EQ(admitted.status, 200) << admitted.body;
  ASSERT_EQ(admitted.json["admitted"].size(), 2u);
  EXPECT_EQ(admitted.json["admitted"][0]["via"], "nearest");
  EXPECT_EQ(admitted.json["admitted"][1]["via"], "region");

  // The stored run cannot be changed, not even in the database.
  auto db = store::Database::Open(server_->database());
  EXPECT_FALSE(db->Execute("UPDATE allocation_runs SET seed = 8").has_value());
}

// The attack: a region posts a data set of its own naming a person of another region, unsigned and
// before the deadline, placed where it likes, and publishes it.
TEST_F(AllocationRouteTest, AHandMadeDataSetIsNeverStoredOrPublished) {
  std::string stranger;
  for (const auto& person : dataset_.persons) {
    if (person.municipality_code != 101 && person.guardians.empty() && stranger.empty()) stranger = person.cpr;
  }
  ASSERT_FALSE(stranger.empty());
  const std::string invented = R"({"rule_set": "2027", "seed": 1, "programmes": [
      {"id": "101001-stx", "institution": "101001", "programme": "stx", "capacity": 1}],
    "applicants": [{"id": ")" + stranger + R"(", "wishes": [{"programme": "101001-stx"}], "travel_minutes": {"101001": 1}}]})";
  const Answer refused = Post(Port(), "/api/v1/regions/1084/allocations", invented, "application/json", region_);
  ASSERT_EQ(refused.status, 422) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["name"], "allocation_input_not_snapshot");
  EXPECT_EQ(refused.json["errors"][0]["field"], "applicants");
  EXPECT_FALSE(refused.json["errors"][0]["message"]["da"].get<std::string>().empty());
  const Answer also = Post(Port(), "/api/v1/regions/1084/allocations", R"({"applicants": []})", "application/json", region_);
  EXPECT_EQ(also.json["errors"][0]["name"], "allocation_input_not_snapshot");
  EXPECT_EQ(Count("SELECT count(*) FROM allocation_runs"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM allocation_outcomes"), 0);
  const Answer theirs = Get(Port(), "/api/v1/me/placement", LoginAsPerson(Port(), stranger));
  EXPECT_EQ(theirs.json["placements"].size(), 0u) << theirs.body;

  // A run on the real snapshot before the deadline may be looked at, never published - not even
  // once the deadline has passed, since it saw an unfinished set of applications.
  ApplyAndImportTimes();
  const Answer early = Post(Port(), "/api/v1/regions/1084/allocations", kRunRequest, "application/json", region_);
  ASSERT_EQ(early.status, 201) << early.body;
  const Answer too_soon = Post(Port(), RunPath(early.json, "/publish"), "", "application/json", region_);
  ASSERT_EQ(too_soon.status, 409) << too_soon.body;
  EXPECT_EQ(too_soon.json["errors"][0]["name"], "allocation_before_deadline");
  Start(kAfterDeadline);
  EXPECT_EQ(Post(Port(), RunPath(early.json, "/publish"), "", "application/json", region_).json["errors"][0]["name"],
            "allocation_before_deadline");
  EXPECT_EQ(Count("SELECT count(*) FROM allocation_publications"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM allocation_outcomes"), 0);
  const Answer mine = Get(Port(), "/api/v1/me/application", LoginAsPerson(Port(), applicants_[0].cpr));
  EXPECT_EQ(mine.json["application"]["status"], "locked") << mine.body;  // past the deadline, not allocated
}

TEST_F(AllocationRouteTest, OnlyTheRegionsOwnStaffAndValidRequests) {
  ApplyAndImportTimes();
  const Answer run = Post(Port(), "/api/v1/regions/1084/allocations", kRunRequest, "application/json", region_);
  ASSERT_EQ(run.status, 201) << run.body;
  const Headers other_region = LoginAs(Port(), "region", "1081");
  EXPECT_EQ(Get(Port(), RunPath(run.json), other_region).status, 403);
  EXPECT_EQ(Get(Port(), "/api/v1/regions/1081/allocations/" + std::to_string(run.json["id"].get<int>()), other_region).status, 404);
  EXPECT_EQ(Get(Port(), RunPath(run.json), LoginAs(Port(), "school", "101002")).status, 403);
  EXPECT_EQ(Get(Port(), "/api/v1/institutions/101001/admitted", LoginAs(Port(), "institution", "147003")).status, 403);
  EXPECT_EQ(Post(Port(), "/api/v1/regions/1084/allocations", kRunRequest, "application/json", other_region).status, 403);
  EXPECT_TRUE(LoginAs(Port(), "region", "9999").empty());

  const Answer negative = Post(Port(), "/api/v1/regions/1084/allocations", R"({"capacities": {"101001-stx": -4}})", "application/json", region_);
  ASSERT_EQ(negative.status, 422) << negative.body;
  EXPECT_EQ(negative.json["errors"][0]["field"], "capacities.101001-stx");
  const Answer elsewhere = Post(Port(), "/api/v1/regions/1084/allocations", R"({"capacities": {"461005-stx": 4}})", "application/json", region_);
  ASSERT_EQ(elsewhere.status, 422) << elsewhere.body;
  EXPECT_EQ(elsewhere.json["errors"][0]["field"], "capacities.461005-stx");
  EXPECT_EQ(Get(Port(), "/api/v1/regions/1084/allocations", region_).json["runs"].size(), 1u);
}

}  // namespace
}  // namespace optagelse::testing
