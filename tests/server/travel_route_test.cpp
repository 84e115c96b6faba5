// Transport time through the real server and a real SQLite file: estimates from the register's
// locations, a journey-planner import that wins over them (every bad row reported, nothing
// partial), a move in a register update that leaves the old address's times behind, and the
// region's allocation snapshot carrying imported-over-estimated times that a stored run keeps.
#include <filesystem>
#include <fstream>
#include <iostream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "transport/travel_estimate.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kNow = "2027-02-10T10:00:00Z";
constexpr const char* kHeader = "cpr;adresse_id;institution;offentlig_minutter;cykel_minutter;referencedato\n";

class TravelRouteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 30});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    Start({"--demo-data", dir_ + "/demo.json"});
    for (const auto& person : dataset_.persons) {
      // Adults at different addresses (two guardians of one child share theirs, and its times).
      const bool new_address = std::none_of(adults_.begin(), adults_.end(), [&](const auto& a) { return a.address_id == person.address_id; });
      if (person.guardians.empty() && person.municipality_code == 101 && new_address) adults_.push_back(person);
    }
    ASSERT_GE(adults_.size(), 2u);
  }
  void TearDown() override {
    if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Start(std::vector<std::string> extra) {
    server_.reset();
    std::vector<std::string> args{"--now", kNow, "--today", std::string(kNow).substr(0, 10)};
    args.insert(args.end(), extra.begin(), extra.end());
    server_ = std::make_unique<ServerProcess>(args, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  int Port() const { return server_->port(); }
  std::int64_t Count(const std::string& sql) { return *store::Database::Open(server_->database())->QueryInt(sql); }
  const registry::Institution& Institution(const std::string& number) const {
    for (const auto& institution : dataset_.institutions) {
      if (institution.number == number) return institution;
    }
    throw std::runtime_error("no institution " + number);
  }
  Answer Import(const std::string& csv, const Headers& who) { return Post(Port(), "/api/v1/travel-times", csv, "text/csv", who); }
  // The answer's entry for one institution.
  static wire::Json TimeTo(const Answer& answer, const std::string& institution) {
    for (const auto& time : answer.json["times"]) {
      if (time["institution"] == institution) return time;
    }
    return nullptr;
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::vector<registry::Person> adults_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(TravelRouteTest, ImportedTimesWinOverEstimatesAndStayWithTheAddress) {
  const registry::Person& person = adults_[0];
  const Headers me = LoginAsPerson(Port(), person.cpr);
  const Answer before = Get(Port(), "/api/v1/me/travel-times", me);
  ASSERT_EQ(before.status, 200) << before.body;
  EXPECT_EQ(before.json["has_location"], true);
  EXPECT_EQ(before.json["times"].size(), dataset_.institutions.size());
  const wire::Json estimated = TimeTo(before, "101001");
  EXPECT_EQ(estimated["source"], "estimate");
  EXPECT_EQ(estimated["minutes"], transport::EstimateTravel({}, *person.location, *Institution("101001").location).minutes);

  // A bad table: every problem at once, and nothing stored.
  const Headers region = LoginAs(Port(), "region", "1084");
  const std::string bad = std::string(kHeader) + cpr::FormatWithHyphen(person.cpr) + ";;101001;-4;20;2024-03-14\n" +
                          ";" + person.address_id + ";999999;10;20;2024-03-14\n" + "0101011234;;101001;10;20;2024-03-14\n" +
                          cpr::FormatWithHyphen(person.cpr) + ";;147003;10;20;2024-03-14\n";
  const Answer refused = Import(bad, region);
  ASSERT_EQ(refused.status, 422) << refused.body;
  std::vector<std::pair<int, std::string>> got;
  for (const auto& error : refused.json["errors"]) got.emplace_back(error["code"].get<int>(), error["field"].get<std::string>());
  const std::vector<std::pair<int, std::string>> expected = {{8001, "lines[2].public_minutes"}, {1010, "lines[3].institution"}};
  EXPECT_EQ(got, expected) << refused.body;  // an unknown CPR is found once the rows themselves are sound
  const Answer unknown_person = Import(std::string(kHeader) + "0101011234;;101001;10;20;2024-03-14\n", region);
  ASSERT_EQ(unknown_person.status, 422) << unknown_person.body;
  EXPECT_EQ(unknown_person.json["errors"][0]["field"], "lines[2].cpr");
  EXPECT_EQ(Count("SELECT count(*) FROM travel_times"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM travel_imports"), 0);

  // Only region staff import; a citizen and a school are refused.
  EXPECT_EQ(Import(kHeader, me).status, 403);
  EXPECT_EQ(Import(kHeader, LoginAs(Port(), "school", "101002")).status, 403);
  EXPECT_EQ(Post(Port(), "/api/v1/travel-times", "{}", "application/json", region).status, 415);

  const Answer imported = Import(std::string(kHeader) + cpr::FormatWithHyphen(person.cpr) + ";;101001;31;24;2024-03-14\n", region);
  ASSERT_EQ(imported.status, 201) << imported.body;
  EXPECT_EQ(imported.json["rows"], 1);
  const Answer after = Get(Port(), "/api/v1/me/travel-times", me);
  const wire::Json planned = TimeTo(after, "101001");
  EXPECT_EQ(planned["source"], "journey_planner");
  EXPECT_EQ(planned["minutes"], 24);
  EXPECT_EQ(planned["public_minutes"], 31);
  EXPECT_EQ(planned["reference_date"], "2024-03-14");
  EXPECT_EQ(TimeTo(after, "147003")["source"], "estimate");
  EXPECT_EQ(Get(Port(), "/api/v1/me/travel-times", region).status, 403);

  // The person moves to Aalborg: the register update gives a new address id and place, and the
  // imported time (for the old address) no longer applies.
  registry::Dataset update;
  registry::Person moved = person;
  moved.address = "Boulevarden 3, 9000 Aalborg";
  moved.address_id = "f00dfeed-0000-4000-8000-000000000001";
  moved.location = transport::MapPoint{555'600, 6'322'100};
  moved.municipality_code = 851;
  update.persons.push_back(moved);
  std::ofstream(dir_ + "/update.json") << wire::Dump(wire::DatasetToJson(update));
  Start({"--register-update", dir_ + "/update.json"});
  const Answer moved_answer = Get(Port(), "/api/v1/me/travel-times", LoginAsPerson(Port(), person.cpr));
  ASSERT_EQ(moved_answer.status, 200) << moved_answer.body;
  EXPECT_EQ(TimeTo(moved_answer, "101001")["source"], "estimate");
  EXPECT_GT(TimeTo(moved_answer, "101001")["minutes"].get<int>(), 200);
  EXPECT_LT(TimeTo(moved_answer, "851009")["minutes"].get<int>(), 30);
  EXPECT_EQ(Count("SELECT count(*) FROM travel_times"), 1);  // kept for the old address, used by no one now
}

TEST_F(TravelRouteTest, ARegionImportsOnlyForItsOwnResidentsAndEachChangeIsAudited) {
  // Someone living in Odense (Region Syddanmark, 1083), and two Copenhagen residents (1084).
  const auto elsewhere = std::find_if(dataset_.persons.begin(), dataset_.persons.end(),
                                      [](const registry::Person& p) { return p.municipality_code == 461 && !p.address_id.empty(); });
  ASSERT_NE(elsewhere, dataset_.persons.end());
  const Headers region = LoginAs(Port(), "region", "1084");
  const Answer theirs = Import(std::string(kHeader) + cpr::FormatWithHyphen(elsewhere->cpr) + ";;101001;31;24;2024-03-14\n", region);
  const Answer nobody = Import(std::string(kHeader) + "0101011234;;101001;31;24;2024-03-14\n", region);
  const Answer their_address = Import(std::string(kHeader) + ";" + elsewhere->address_id + ";101001;31;24;2024-03-14\n", region);
  // Not ours and not known read alike: the same code and field, nothing about the person.
  ASSERT_EQ(theirs.status, 422) << theirs.body;
  ASSERT_EQ(nobody.status, 422) << nobody.body;
  EXPECT_EQ(theirs.json["errors"][0]["name"], nobody.json["errors"][0]["name"]);
  EXPECT_EQ(theirs.json["errors"][0]["name"], "unknown_reference");
  EXPECT_EQ(theirs.json["errors"][0]["field"], nobody.json["errors"][0]["field"]);
  ASSERT_EQ(their_address.status, 422) << their_address.body;
  EXPECT_EQ(their_address.json["errors"][0]["field"], "lines[2].address_id");
  EXPECT_EQ(Count("SELECT count(*) FROM travel_times"), 0);

  // Region 1083 may: one audit row, for that person, in the same transaction as the times.
  const Answer own = Import(std::string(kHeader) + cpr::FormatWithHyphen(elsewhere->cpr) + ";;101001;31;24;2024-03-14\n",
                            LoginAs(Port(), "region", "1083"));
  ASSERT_EQ(own.status, 201) << own.body;
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'import travel times' AND subject_cpr = '" + elsewhere->cpr +
                  "' AND actor = '1083'"), 1);
  const std::string rows = std::string(kHeader) + cpr::FormatWithHyphen(adults_[0].cpr) + ";;101001;20;24;2024-03-14\n" +
                           ";" + adults_[1].address_id + ";101001;21;24;2024-03-14\n";
  ASSERT_EQ(Import(rows, region).status, 201);
  std::int64_t living_there = 0;
  for (const auto& person : dataset_.persons) living_there += person.address_id == adults_[0].address_id || person.address_id == adults_[1].address_id;
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'import travel times' AND actor = '1084'"), living_there)
      << "one row per person living at an address whose times changed";
}

TEST_F(TravelRouteTest, TheRegionsSnapshotUsesImportedTimesAndARunKeepsThem) {
  // Two adults (no signature needed) apply for stx in Copenhagen and submit.
  for (const auto* person : {&adults_[0], &adults_[1]}) {
    const Headers who = LoginAsPerson(Port(), person->cpr);
    const Answer saved = Put(Port(), "/api/v1/me/application",
                             R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@example.dk"}}})",
                             who);
    ASSERT_EQ(saved.status, 200) << saved.body;
    ASSERT_EQ(Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", who).status, 200);
  }
  const Headers region = LoginAs(Port(), "region", "1084");
  ASSERT_EQ(Import(std::string(kHeader) + ";" + adults_[0].address_id + ";101001;9;7;2024-03-14\n", region).status, 201);

  const std::string request = R"({"admission_year": 2027, "seed": 5, "default_capacity": 1, "capacities": {"147003-stx": 2}})";
  const Answer snapshot = Post(Port(), "/api/v1/regions/1084/allocation-snapshots", request, "application/json", region);
  ASSERT_EQ(snapshot.status, 200) << snapshot.body;
  ASSERT_EQ(snapshot.json["applicants"].size(), 2u) << snapshot.body;
  std::map<std::string, int> minutes_to_101001;
  for (const auto& applicant : snapshot.json["applicants"]) {
    if (applicant["travel_minutes"].contains("101001")) minutes_to_101001[applicant["id"]] = applicant["travel_minutes"]["101001"];
  }
  EXPECT_EQ(minutes_to_101001[adults_[0].cpr], 7);
  EXPECT_EQ(minutes_to_101001[adults_[1].cpr],
            transport::EstimateTravel({}, *adults_[1].location, *Institution("101001").location).minutes);
  int stx_147003 = -1;
  for (const auto& offer : snapshot.json["programmes"]) {
    if (offer["id"] == "147003-stx") stx_147003 = offer["capacity"];
    EXPECT_NE(offer["institution"], "461005");  // Odense is another region's
  }
  EXPECT_EQ(stx_147003, 2);

  const Answer run = Post(Port(), "/api/v1/regions/1084/allocations", request, "application/json", region);
  ASSERT_EQ(run.status, 201) << run.body;
  ASSERT_EQ(Import(std::string(kHeader) + ";" + adults_[0].address_id + ";101001;40;40;2025-03-14\n", region).status, 201);
  auto db = store::Database::Open(server_->database());
  auto stored = db->Prepare("SELECT input FROM allocation_runs");
  ASSERT_TRUE(stored.has_value());
  ASSERT_TRUE(stored->Step().value_or(false));
  const std::string input = stored->ColumnText(0);
  EXPECT_NE(input.find(R"("101001":7)"), std::string::npos) << input;

  // Another region has none of these applicants; an unknown offer in the capacities is named.
  const Answer north = Post(Port(), "/api/v1/regions/1081/allocation-snapshots", R"({"default_capacity": 1})", "application/json",
                            LoginAs(Port(), "region", "1081"));
  ASSERT_EQ(north.status, 200) << north.body;
  EXPECT_TRUE(north.json["applicants"].empty());
  const Answer wrong = Post(Port(), "/api/v1/regions/1084/allocation-snapshots", R"({"capacities": {"851009-stx": 3}})",
                            "application/json", region);
  ASSERT_EQ(wrong.status, 422) << wrong.body;
  EXPECT_EQ(wrong.json["errors"][0]["field"], "capacities.851009-stx");
  EXPECT_EQ(Post(Port(), "/api/v1/regions/1084/allocation-snapshots", "{}", "application/json", LoginAs(Port(), "region", "1081")).status,
            403);
}

}  // namespace
}  // namespace optagelse::testing
