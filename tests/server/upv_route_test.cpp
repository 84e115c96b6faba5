// Readiness assessments through the real server: entering and changing a pupil's UPV with the
// history kept, every problem at once for bad grades, pupils without a valid CPR blocked with the
// reason, the class list, counsellors of the school's municipality reading but not writing, and a
// pupil and their guardian seeing the result.
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

constexpr const char* kSchool = "101002";

class UpvRouteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({5, 12});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    server_ = std::make_unique<ServerProcess>(
        std::vector<std::string>{"--demo-data", dir_ + "/demo.json", "--today", "2026-01-15"}, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
    staff_ = LoginAs(server_->port(), "school", kSchool);
    for (const auto& person : dataset_.persons) {
      if (!person.guardians.empty() && pupils_.size() < 2) pupils_.push_back(person);
    }
    const std::string csv = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n" + pupils_[0].cpr +
                            ";Amir Hansen;101002;4800;9;9.B;2025-08-11\n" + pupils_[1].cpr +
                            ";Bo Berg;101002;4800;8;8.A;2025-08-11\n6101104002;Åse Fiktiv;101002;4800;9;9.B;2025-08-11\n";
    const Answer upload = Post(server_->port(), "/api/v1/schools/101002/pupil-reports", csv, "text/csv", staff_);
    ASSERT_EQ(upload.status, 200) << upload.body;
    for (const auto& row : upload.json["rows"]) ids_.push_back(row["id"].get<std::int64_t>());
  }
  void TearDown() override {
    if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";  // e.g. a sanitizer report
    server_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::string UpvPath(std::size_t pupil) const {
    return "/api/v1/schools/101002/pupils/" + std::to_string(ids_.at(pupil)) + "/upv";
  }
  Answer SaveUpv(std::size_t pupil, const std::string& body, const Headers& who) {
    return Put(server_->port(), UpvPath(pupil), body, who);
  }
  std::int64_t StoredVersions() {
    auto db = store::Database::Open(server_->database());
    return *db->QueryInt("SELECT count(*) FROM upv_assessments");
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::vector<registry::Person> pupils_;
  std::vector<std::int64_t> ids_;
  std::unique_ptr<ServerProcess> server_;
  Headers staff_;
};

constexpr const char* kAmir =
    R"({"standpunkt": {"dansk": [10, "00"], "matematik": ["02"], "engelsk": [7]}, "personal": true, "social": true})";
constexpr const char* kAmirRaisedMaths =
    R"({"standpunkt": {"dansk": [10, "00"], "matematik": [4], "engelsk": [7]}, "personal": true, "social": true})";

TEST_F(UpvRouteTest, EnteringAndChangingKeepsTheHistory) {
  const Answer first = SaveUpv(0, kAmir, staff_);
  ASSERT_EQ(first.status, 200) << first.body;
  EXPECT_EQ(first.json["assessment"]["tracks"]["gym"]["ready"], false);
  EXPECT_EQ(first.json["assessment"]["tracks"]["gym"]["reasons"][0]["text"]["da"], "gennemsnit af alle karakterer 4,8 < 5,0");
  EXPECT_EQ(first.json["changes"]["first"], true);
  // The same again (a double click) adds nothing; a real change adds a version naming what changed.
  EXPECT_EQ(SaveUpv(0, kAmir, staff_).json["unchanged"], true);
  EXPECT_EQ(StoredVersions(), 1);
  const Answer second = SaveUpv(0, kAmirRaisedMaths, staff_);
  ASSERT_EQ(second.status, 200) << second.body;
  EXPECT_EQ(second.json["assessment"]["tracks"]["gym"]["ready"], true);
  ASSERT_EQ(second.json["changes"]["grades"].size(), 1u);
  EXPECT_EQ(second.json["changes"]["grades"][0]["subject"], "matematik");
  EXPECT_EQ(second.json["changes"]["grades"][0]["from"], 2);
  EXPECT_EQ(second.json["changes"]["grades"][0]["to"], 4);

  const Answer detail = Get(server_->port(), UpvPath(0), staff_);
  ASSERT_EQ(detail.status, 200) << detail.body;
  EXPECT_EQ(detail.json["current"]["input"]["standpunkt"]["matematik"], wire::Json::array({4}));
  ASSERT_EQ(detail.json["history"].size(), 2u);
  EXPECT_EQ(detail.json["history"][0]["entered_by"], "school:101002");
  EXPECT_FALSE(detail.json["history"][1]["entered_at"].get<std::string>().empty());

  // Versions are append-only in the database itself.
  auto db = store::Database::Open(server_->database());
  EXPECT_FALSE(db->Execute("UPDATE upv_assessments SET entered_by = 'x'").has_value());
}

TEST_F(UpvRouteTest, BadGradesAreAllReportedAndNothingIsStored) {
  const Answer answer =
      SaveUpv(0, R"({"standpunkt": {"dansk": [5], "matematik": [4, 13]}, "personal": true})", staff_);
  ASSERT_EQ(answer.status, 422) << answer.body;
  ASSERT_EQ(answer.json["errors"].size(), 2u);
  EXPECT_EQ(answer.json["errors"][0]["name"], "upv_invalid_grade");
  EXPECT_EQ(answer.json["errors"][0]["field"], "standpunkt.dansk");
  EXPECT_EQ(answer.json["errors"][1]["field"], "standpunkt.matematik");
  EXPECT_FALSE(answer.json["errors"][1]["message"]["en"].get<std::string>().empty());
  // The pupil is in grade 9: an assessment for another grade level is refused.
  EXPECT_EQ(SaveUpv(0, R"({"grade_level": 8, "standpunkt": {}})", staff_).json["errors"][0]["name"], "upv_invalid_grade_level");
  EXPECT_EQ(SaveUpv(0, R"({"admission_year": 1999, "standpunkt": {}})", staff_).json["errors"][0]["name"], "unknown_rule_year");
  EXPECT_EQ(StoredVersions(), 0);
}

TEST_F(UpvRouteTest, PupilsWithoutAValidCprAreBlockedWithTheReason) {
  const Answer answer = SaveUpv(2, kAmir, staff_);
  ASSERT_EQ(answer.status, 409) << answer.body;
  EXPECT_EQ(answer.json["errors"][0]["name"], "upv_pupil_blocked");
  EXPECT_EQ(answer.json["errors"][0]["status"], "filtered");
  EXPECT_EQ(answer.json["errors"][0]["problems"][0]["name"], "cpr_fictitious_day_plus60");
  EXPECT_EQ(StoredVersions(), 0);
  const Answer list = Get(server_->port(), "/api/v1/schools/101002/upv", staff_);
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.json["pupils"][2]["blocked"]["name"], "upv_pupil_blocked");
  EXPECT_TRUE(list.json["pupils"][0]["blocked"].is_null());
}

TEST_F(UpvRouteTest, ClassListShowsEachPupilsResultPerTrack) {
  ASSERT_EQ(SaveUpv(0, kAmir, staff_).status, 200);
  ASSERT_EQ(SaveUpv(1, R"({"standpunkt": {"dansk": [7, 7], "matematik": [4]}, "personal": true, "social": true})", staff_).status, 200);
  const Answer list = Get(server_->port(), "/api/v1/schools/101002/upv?class=9.B", staff_);
  ASSERT_EQ(list.status, 200) << list.body;
  ASSERT_EQ(list.json["pupils"].size(), 2u);  // Amir and the filtered pupil of 9.B
  EXPECT_EQ(list.json["pupils"][0]["upv"]["ready"], wire::Json::parse(R"({"eud": true, "hf": true, "gym": false})"));
  const Answer all = Get(server_->port(), "/api/v1/schools/101002/upv", staff_);
  for (const auto& entry : all.json["pupils"]) {
    if (entry["id"] == ids_[1]) { EXPECT_EQ(entry["upv"]["provisional"], true); }  // grade 8
    if (entry["id"] == ids_[0]) { EXPECT_EQ(entry["upv"]["provisional"], false); }
  }
}

TEST_F(UpvRouteTest, CounsellorsOfTheMunicipalityReadButDoNotWrite) {
  ASSERT_EQ(SaveUpv(0, kAmir, staff_).status, 200);
  const Headers counsellor = LoginAs(server_->port(), "counsellor", "101");
  ASSERT_FALSE(counsellor.empty());
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/upv", counsellor).status, 200);
  EXPECT_EQ(Get(server_->port(), UpvPath(0), counsellor).status, 200);
  EXPECT_EQ(SaveUpv(0, kAmirRaisedMaths, counsellor).status, 403);
  const Headers elsewhere = LoginAs(server_->port(), "counsellor", "147");
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/upv", elsewhere).status, 403);
  const Headers other_school = LoginAs(server_->port(), "school", "147004");
  EXPECT_EQ(Get(server_->port(), UpvPath(0), other_school).status, 403);
  EXPECT_EQ(SaveUpv(0, kAmirRaisedMaths, other_school).status, 403);
  EXPECT_EQ(Get(server_->port(), "/api/v1/schools/101002/upv").status, 401);
  Headers no_csrf = staff_;
  no_csrf.erase("X-CSRF-Token");
  EXPECT_EQ(SaveUpv(0, kAmirRaisedMaths, no_csrf).status, 403);
  EXPECT_EQ(StoredVersions(), 1);
}

TEST_F(UpvRouteTest, ThePupilAndTheGuardianSeeTheResult) {
  ASSERT_EQ(SaveUpv(0, kAmir, staff_).status, 200);
  const Headers pupil = LoginAsPerson(server_->port(), pupils_[0].cpr);
  ASSERT_FALSE(pupil.empty());
  const Answer own = Get(server_->port(), "/api/v1/me/upv", pupil);
  ASSERT_EQ(own.status, 200) << own.body;
  EXPECT_EQ(own.json["people"][0]["relation"], "self");
  EXPECT_EQ(own.json["people"][0]["pupil"][0]["current"]["assessment"]["tracks"]["hf"]["ready"], true);

  const Headers guardian = LoginAsPerson(server_->port(), pupils_[0].guardians[0]);
  const Answer family = Get(server_->port(), "/api/v1/me/upv", guardian);
  ASSERT_EQ(family.status, 200) << family.body;
  ASSERT_EQ(family.json["people"].size(), 2u);
  EXPECT_EQ(family.json["people"][1]["relation"], "child");
  EXPECT_EQ(family.json["people"][1]["pupil"][0]["current"]["assessment"]["tracks"]["gym"]["ready"], false);

  // School staff have no "me"; an unknown person cannot log in.
  EXPECT_EQ(Get(server_->port(), "/api/v1/me/upv", staff_).status, 403);
  EXPECT_TRUE(LoginAsPerson(server_->port(), "0101900002").empty());
}

TEST_F(UpvRouteTest, AnImportStoresAllLinesOrNothing) {
  const std::string path = "/api/v1/schools/101002/upv-import";
  const std::string good = R"({"cpr": ")" + pupils_[0].cpr + R"(", "standpunkt": {"dansk": [7], "matematik": [4]}, "personal": true, "social": true})";
  const std::string bad_grade = R"({"cpr": ")" + pupils_[1].cpr + R"(", "standpunkt": {"dansk": [3]}})";
  const std::string blocked = R"({"cpr": "6101104002", "standpunkt": {}})";
  const std::string unknown = R"({"cpr": "0101900002", "standpunkt": {}})";
  const Answer refused =
      Post(server_->port(), path, good + "\n" + bad_grade + "\n\n" + blocked + "\n" + unknown + "\n" + good + "\n", "application/x-ndjson", staff_);
  ASSERT_EQ(refused.status, 422) << refused.body;
  ASSERT_EQ(refused.json["errors"].size(), 4u);
  EXPECT_EQ(refused.json["errors"][0]["field"], "lines[2].standpunkt.dansk");
  EXPECT_EQ(refused.json["errors"][0]["name"], "upv_invalid_grade");
  EXPECT_EQ(refused.json["errors"][1]["field"], "lines[4].cpr");
  EXPECT_EQ(refused.json["errors"][1]["name"], "upv_pupil_blocked");
  EXPECT_EQ(refused.json["errors"][2]["name"], "unknown_reference");
  EXPECT_EQ(refused.json["errors"][3]["field"], "lines[6].cpr");
  EXPECT_EQ(refused.json["errors"][3]["name"], "duplicate_value");
  EXPECT_EQ(StoredVersions(), 0);

  const std::string second = R"({"cpr": ")" + pupils_[1].cpr + R"(", "standpunkt": {"dansk": [2], "matematik": [2]}})";
  const Answer imported = Post(server_->port(), path, good + "\r\n" + second + "\n", "application/x-ndjson", staff_);
  ASSERT_EQ(imported.status, 200) << imported.body;
  EXPECT_EQ(imported.json["changed"], 2);
  EXPECT_EQ(Post(server_->port(), path, good + "\n", "application/x-ndjson", staff_).json["unchanged"], 1);
  EXPECT_EQ(StoredVersions(), 2);
  // One audit row per pupil whose assessment changed (the unchanged line wrote nothing).
  auto db = store::Database::Open(server_->database());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM audit_log WHERE action = 'import UPV' AND actor = '101002' AND subject_cpr IN ('" +
                          pupils_[0].cpr + "', '" + pupils_[1].cpr + "')"), 2);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM audit_log WHERE action = 'import UPV'"), 2);
  EXPECT_EQ(Post(server_->port(), path, good, "text/csv", staff_).status, 415);
  EXPECT_EQ(Post(server_->port(), path, good, "application/x-ndjson", LoginAs(server_->port(), "counsellor", "101")).status, 403);
}

}  // namespace
}  // namespace optagelse::testing
