// Enrolment conflicts through the real server (docs/threat-model.md): school 101002 reports a pupil and
// assesses them ready; the pupil applies to 101001. School 147004 then reports the same person as
// its own pupil and tries to set their UPV to -3: its report is held as a conflict (both schools
// see it, with the reason), its assessment is refused, and 101001's admission-test list and the
// pupil's own view do not change. When 101002 ends the enrolment before 147004's start, the dates
// have settled it and 147004 assesses the pupil.

#include <gtest/gtest.h>

#include "api_client.h"
#include "cpr/cpr_number.h"
#include "demo_server_test.h"

namespace optagelse::testing {
namespace {

constexpr const char* kReportHeader = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato;slutdato\n";
constexpr const char* kReady = R"({"standpunkt": {"dansk": [7], "matematik": [7]}, "personal": true, "social": true})";
constexpr const char* kWorst = R"({"standpunkt": {"dansk": [-3], "matematik": [-3]}, "personal": false, "social": false})";

class EnrolmentConflictTest : public DemoServerTest {
 protected:
  void SetUp() override {
    MakeDemoData({7, 30});
    Start("2027-02-10T10:00:00Z", true);
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      if (!person.guardians.empty() && born && *born > Date{2009, 3, 1} && pupil_.cpr.empty()) pupil_ = person;
    }
    ASSERT_FALSE(pupil_.cpr.empty());
    first_ = LoginAs(Port(), "school", "101002");
    second_ = LoginAs(Port(), "school", "147004");
  }
  Answer Report(const std::string& school, const std::string& start, const std::string& end, const Headers& who) {
    const std::string csv = std::string(kReportHeader) + pupil_.cpr + ";Emil Rasmussen;" + school + ";4800;9;9.A;" + start + ";" + end + "\n";
    return Post(Port(), "/api/v1/schools/" + school + "/pupil-reports", csv, "text/csv", who);
  }
  Answer SaveUpv(const std::string& school, std::int64_t id, const std::string& body, const Headers& who) {
    return Put(Port(), "/api/v1/schools/" + school + "/pupils/" + std::to_string(id) + "/upv", body, who);
  }
  wire::Json Listed(const std::string& school, const Headers& who) {
    const Answer list = Get(Port(), "/api/v1/schools/" + school + "/pupils", who);
    EXPECT_EQ(list.status, 200) << list.body;
    for (const auto& pupil : list.json["pupils"]) {
      if (pupil["pupil"]["cpr"] == pupil_.cpr) return pupil;
    }
    ADD_FAILURE() << "not listed at " << school << ": " << list.body;
    return nullptr;
  }
  std::string AdmissionTests() {
    const Answer tests = Get(Port(), "/api/v1/institutions/101001/admission-tests", LoginAs(Port(), "institution", "101001"));
    EXPECT_EQ(tests.status, 200) << tests.body;
    return tests.body;
  }

  registry::Person pupil_;
  Headers first_, second_;
};

TEST_F(EnrolmentConflictTest, ALaterReportFromAnotherSchoolIsHeldUntilTheDatesSettleIt) {
  const Answer enrolled = Report("101002", "2025-08-11", "", first_);
  ASSERT_EQ(enrolled.status, 200) << enrolled.body;
  const std::int64_t first_id = enrolled.json["rows"][0]["id"];
  EXPECT_TRUE(enrolled.json["rows"][0]["conflict"].is_null());
  ASSERT_EQ(SaveUpv("101002", first_id, kReady, first_).status, 200);
  // The pupil applies to stx at 101001; a guardian signs.
  const Headers me = LoginAsPerson(Port(), pupil_.cpr);
  ASSERT_EQ(Put(Port(), "/api/v1/me/application",
                R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "e@example.dk"}}})", me)
                .status, 200);
  const Answer submitted = Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const auto& application = submitted.json["application"];
  ASSERT_EQ(Post(Port(), "/api/v1/applications/" + std::to_string(application["id"].get<std::int64_t>()) + "/signature",
                 R"({"decision": "sign", "comment": "", "content_sha256": ")" + application["content_sha256"].get<std::string>() + R"("})",
                 "application/json", LoginAsPerson(Port(), pupil_.guardians[0])).status, 200);
  const std::string tests_before = AdmissionTests();
  EXPECT_EQ(tests_before.find(pupil_.cpr), std::string::npos) << tests_before;  // ready: no test
  const std::string my_upv_before = Get(Port(), "/api/v1/me/upv", me).body;

  // The attack: another school reports the same person as its own pupil and assesses them -3.
  const Answer claimed = Report("147004", "2026-11-01", "", second_);
  ASSERT_EQ(claimed.status, 200) << claimed.body;
  EXPECT_EQ(claimed.json["conflicts"], 1);
  const wire::Json& conflict = claimed.json["rows"][0]["conflict"];
  ASSERT_TRUE(conflict.is_object()) << claimed.body;
  EXPECT_EQ(conflict["school"], "101002");
  EXPECT_EQ(conflict["held"], true);
  EXPECT_EQ(conflict["start_date"], "2025-08-11");
  EXPECT_EQ(conflict["problem"]["name"], "pupil_enrolled_elsewhere");
  EXPECT_FALSE(conflict["problem"]["message"]["da"].get<std::string>().empty());
  const std::int64_t second_id = claimed.json["rows"][0]["id"];

  const Answer refused = SaveUpv("147004", second_id, kWorst, second_);
  ASSERT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(refused.json["errors"][0]["name"], "pupil_enrolled_elsewhere");
  EXPECT_EQ(refused.json["errors"][0]["field"], "cpr");
  const std::string line = R"({"cpr": ")" + pupil_.cpr + R"(", "standpunkt": {"dansk": [-3], "matematik": [-3]}, "personal": false, "social": false})";
  const Answer imported = Post(Port(), "/api/v1/schools/147004/upv-import", line + "\n", "application/x-ndjson", second_);
  ASSERT_EQ(imported.status, 422) << imported.body;
  EXPECT_EQ(imported.json["errors"][0]["name"], "pupil_enrolled_elsewhere");
  EXPECT_EQ(imported.json["errors"][0]["field"], "lines[1].cpr");
  EXPECT_EQ(Count("SELECT count(*) FROM upv_assessments WHERE pupil_id = " + std::to_string(second_id)), 0);
  // Nothing else changed: the admission-test list, the pupil's own view.
  EXPECT_EQ(AdmissionTests(), tests_before);
  EXPECT_EQ(Get(Port(), "/api/v1/me/upv", me).body, my_upv_before);
  // Both schools see the conflict; the first keeps the pupil.
  const wire::Json at_first = Listed("101002", first_);
  EXPECT_EQ(at_first["conflict"]["school"], "147004");
  EXPECT_EQ(at_first["conflict"]["held"], false);
  const wire::Json at_second = Listed("147004", second_);
  EXPECT_EQ(at_second["conflict"]["held"], true);
  const Answer class_list = Get(Port(), "/api/v1/schools/147004/upv", second_);
  ASSERT_EQ(class_list.status, 200) << class_list.body;
  EXPECT_EQ(class_list.json["pupils"][0]["blocked"]["status"], "conflict") << class_list.body;

  // The first school ends the enrolment the day before the new start: settled, the new school assesses.
  ASSERT_EQ(Report("101002", "2025-08-11", "2026-10-31", first_).status, 200);
  EXPECT_TRUE(Listed("147004", second_)["conflict"].is_null());
  EXPECT_TRUE(Listed("101002", first_)["conflict"].is_null());
  const Answer assessed = SaveUpv("147004", second_id, kWorst, second_);
  EXPECT_EQ(assessed.status, 200) << assessed.body;
}

}  // namespace
}  // namespace optagelse::testing
