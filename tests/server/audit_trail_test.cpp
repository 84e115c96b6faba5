// The audit trail through the real server and a real SQLite file: a scripted journey (an applicant
// applies, a guardian reads and signs, the gymnasium and the counsellor read) leaves one row per
// access to the applicant's data with who, role, what and from where; the applicant reads who has
// looked (the guardian by name, never by CPR number); the table refuses UPDATE and DELETE; and the
// CLI verifier finds a row edited or removed behind the application's back.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

class AuditTrailTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 30});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    server_ = std::make_unique<ServerProcess>(
        std::vector<std::string>{"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--demo-data", dir_ + "/demo.json"}, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      if (!person.guardians.empty() && born && *born > Date{2009, 3, 1} && !person.name_protected) {
        minor_ = person;
        break;
      }
    }
    ASSERT_FALSE(minor_.cpr.empty());
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  int Port() const { return server_->port(); }

  // Who did what to the person's data, in order: "role actor: action".
  std::vector<std::string> TrailOf(const std::string& cpr) {
    auto db = store::Database::Open(server_->database());
    auto rows = db->Prepare("SELECT actor_role, actor, action, source FROM audit_log WHERE subject_cpr = ? ORDER BY id");
    rows->Bind(1, cpr);
    std::vector<std::string> trail;
    while (*rows->Step()) {
      EXPECT_EQ(rows->ColumnText(3), "127.0.0.1");
      trail.push_back(rows->ColumnText(0) + " " + rows->ColumnText(1) + ": " + rows->ColumnText(2));
    }
    return trail;
  }
  int Verify(std::string& report) {
    std::string errors;
    return RunProgram({OPTAGELSE_CLI_BINARY, "audit", "verify", "--db", server_->database()}, report, errors);
  }

  std::string dir_;
  registry::Dataset dataset_;
  registry::Person minor_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(AuditTrailTest, AJourneyIsRecordedAccessByAccessAndThePersonSeesWhoLooked) {
  const Headers me = LoginAsPerson(Port(), minor_.cpr);
  const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@b.dk"}}})";
  ASSERT_EQ(Put(Port(), "/api/v1/me/application", draft, me).status, 200);
  const Answer submitted = Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const std::string id = std::to_string(submitted.json["application"]["id"].get<std::int64_t>());

  const Headers guardian = LoginAsPerson(Port(), minor_.guardians[0]);
  ASSERT_EQ(Get(Port(), "/api/v1/me/children", guardian).status, 200);
  const std::string sign = R"({"decision": "sign", "content_sha256": ")" + submitted.json["application"]["content_sha256"].get<std::string>() + R"("})";
  ASSERT_EQ(Post(Port(), "/api/v1/applications/" + id + "/signature", sign, "application/json", guardian).status, 200);
  ASSERT_EQ(Get(Port(), "/api/v1/institutions/101001/applications", LoginAs(Port(), "institution", "101001")).status, 200);
  const std::string municipality = std::to_string(minor_.municipality_code);
  ASSERT_EQ(Get(Port(), "/api/v1/counsellors/" + municipality + "/applications", LoginAs(Port(), "counsellor", municipality)).status, 200);
  // Refused requests read nothing and leave nothing.
  EXPECT_EQ(Get(Port(), "/api/v1/institutions/101001/applications", LoginAs(Port(), "institution", "147003")).status, 403);

  const std::string& mother = minor_.guardians[0];
  EXPECT_EQ(TrailOf(minor_.cpr), (std::vector<std::string>{
                                     "citizen " + minor_.cpr + ": log in",
                                     "citizen " + minor_.cpr + ": save own application",
                                     "citizen " + minor_.cpr + ": submit own application",
                                     "citizen " + mother + ": read child's application",
                                     "citizen " + mother + ": sign child's application",
                                     "institution 101001: read application to institution",
                                     "counsellor " + municipality + ": read resident's application",
                                 }));

  // The applicant sees who has looked: the school by name, the parent by name, never by CPR number.
  const Answer looked = Get(Port(), "/api/v1/me/audit", me);
  ASSERT_EQ(looked.status, 200) << looked.body;
  std::map<std::string, std::string> who_did;
  for (const auto& entry : looked.json["entries"]) {
    who_did[entry["action"].get<std::string>()] = entry["actor_name"].is_string() ? entry["actor_name"].get<std::string>() : "";
  }
  EXPECT_EQ(who_did["read application to institution"], "København Gymnasium");
  const auto parent = std::find_if(dataset_.persons.begin(), dataset_.persons.end(), [&](const auto& p) { return p.cpr == mother; });
  EXPECT_EQ(who_did["sign child's application"], parent->name_protected ? "" : parent->name);
  EXPECT_EQ(who_did["log in"], "");  // no name for oneself: the actor field says "self"
  EXPECT_EQ(looked.body.find(mother), std::string::npos);
  EXPECT_EQ(looked.json["entries"][0]["action"], "read resident's application");  // newest first
  // Another person's trail is not theirs to read: staff have no such route.
  EXPECT_EQ(Get(Port(), "/api/v1/me/audit", LoginAs(Port(), "institution", "101001")).status, 403);

  std::string report;
  EXPECT_EQ(Verify(report), 0) << report;
  EXPECT_NE(report.find("\"intact\":true"), std::string::npos) << report;
}

TEST_F(AuditTrailTest, TheTableIsAppendOnlyAndTheVerifierFindsAnEditOrARemoval) {
  for (int i = 0; i < 3; ++i) LoginAsPerson(Port(), minor_.cpr);
  server_->Stop();
  std::string report;
  ASSERT_EQ(Verify(report), 0) << report;
  EXPECT_NE(report.find("\"entries\":3"), std::string::npos) << report;
  {
    auto db = store::Database::Open(server_->database());
    EXPECT_FALSE(db->Execute("UPDATE audit_log SET action = 'nothing' WHERE id = 2").has_value());
    EXPECT_FALSE(db->Execute("DELETE FROM audit_log WHERE id = 3").has_value());
    // Someone with the raw file goes around the triggers.
    ASSERT_TRUE(db->Execute("DROP TRIGGER audit_log_no_update").has_value());
    ASSERT_TRUE(db->Execute("UPDATE audit_log SET actor = '101001' WHERE id = 2").has_value());
  }
  EXPECT_EQ(Verify(report), 1);
  EXPECT_NE(report.find("\"first_broken_id\":2"), std::string::npos) << report;
  {
    auto db = store::Database::Open(server_->database());
    ASSERT_TRUE(db->Execute("UPDATE audit_log SET actor = '" + minor_.cpr + "' WHERE id = 2").has_value());  // put back
    ASSERT_TRUE(db->Execute("DROP TRIGGER audit_log_no_delete").has_value());
    ASSERT_TRUE(db->Execute("DELETE FROM audit_log WHERE id = 2").has_value());
  }
  EXPECT_EQ(Verify(report), 1);
  EXPECT_NE(report.find("\"first_broken_id\":3"), std::string::npos) << report;
}

}  // namespace
}  // namespace optagelse::testing
