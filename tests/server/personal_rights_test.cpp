// The person's rights through the real server: contact data corrected after the deadline without
// voiding the guardian's signature; bad corrections refused field by field, changing nothing; a
// draft never submitted erased with its history, a submitted one refused with the date it will be
// deleted; an attachment a claim names refused, an unused one erased; each audited.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

const std::string kPdf = "%PDF-1.4\n% rights\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

class PersonalRightsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 30});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      if (!person.guardians.empty() && born && *born > Date{2009, 3, 1}) minors_.push_back(person);
    }
    ASSERT_GE(minors_.size(), 2u);
    Start("2027-02-10T10:00:00Z", true);
  }
  void TearDown() override {
    if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Start(const std::string& now, bool demo) {
    server_.reset();
    std::vector<std::string> args{"--now", now, "--today", now.substr(0, 10), "--retention", "off"};
    if (demo) args.insert(args.end(), {"--demo-data", dir_ + "/demo.json"});
    server_ = std::make_unique<ServerProcess>(args, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  int Port() const { return server_->port(); }
  std::int64_t Count(const std::string& sql) {
    auto db = store::Database::Open(server_->database());
    return *db->QueryInt(sql);
  }
  static std::string Draft(std::int64_t version, const std::string& extra = "") {
    return R"({"version": )" + std::to_string(version) +
           R"(, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "gammel@example.dk"})" + extra + "}}";
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::vector<registry::Person> minors_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(PersonalRightsTest, ContactDataIsCorrectedAfterTheDeadlineAndTheSignatureStands) {
  const registry::Person& minor = minors_[0];
  Headers me = LoginAsPerson(Port(), minor.cpr);
  ASSERT_EQ(Put(Port(), "/api/v1/me/application", Draft(0), me).status, 200);
  const Answer submitted = Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const std::string sign = R"({"decision": "sign", "content_sha256": ")" + submitted.json["application"]["content_sha256"].get<std::string>() + R"("})";
  ASSERT_EQ(Post(Port(), "/api/v1/applications/" + std::to_string(submitted.json["application"]["id"].get<std::int64_t>()) + "/signature",
                 sign, "application/json", LoginAsPerson(Port(), minor.guardians[0])).status, 200);

  Start("2027-03-05T10:00:00Z", false);  // after the deadline: the application itself is locked
  me = LoginAsPerson(Port(), minor.cpr);
  EXPECT_EQ(Put(Port(), "/api/v1/me/application", Draft(1), me).status, 409);
  const Answer bad = Put(Port(), "/api/v1/me/contact", R"({"version": 1, "contact": {"email": "ikke-en-adresse", "phone": ""}})", me);
  EXPECT_EQ(bad.status, 422);
  EXPECT_EQ(bad.json["errors"][0]["field"], "contact.email");
  const Answer empty = Put(Port(), "/api/v1/me/contact", R"({"version": 1, "contact": {"email": "", "phone": ""}})", me);
  EXPECT_EQ(empty.status, 422);
  EXPECT_EQ(empty.json["errors"][0]["field"], "contact");
  EXPECT_EQ(Put(Port(), "/api/v1/me/contact", R"({"version": 7, "contact": {"email": "ny@example.dk"}})", me).status, 409);
  EXPECT_EQ(Put(Port(), "/api/v1/me/contact", R"({"version": 1, "contact": {"mail": "ny@example.dk"}})", me).status, 422);
  EXPECT_EQ(Count("SELECT count(*) FROM application_events WHERE event = 'contact_corrected'"), 0);

  const Answer corrected = Put(Port(), "/api/v1/me/contact", R"({"version": 1, "contact": {"email": "ny@example.dk", "phone": "12345678"}})", me);
  ASSERT_EQ(corrected.status, 200) << corrected.body;
  EXPECT_EQ(corrected.json["application"]["content"]["contact"]["email"], "ny@example.dk");
  EXPECT_EQ(corrected.json["application"]["version"], 2);
  EXPECT_EQ(corrected.json["application"]["signature"]["valid"], true);  // contact data is not what the guardian signed
  EXPECT_EQ(Count("SELECT count(*) FROM application_events WHERE event = 'contact_corrected'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'correct own contact data' AND subject_cpr = '" + minor.cpr + "'"), 1);
}

TEST_F(PersonalRightsTest, ADraftNeverSubmittedIsErasedASubmittedOneIsKeptWithItsDate) {
  const Headers draft_only = LoginAsPerson(Port(), minors_[0].cpr);
  ASSERT_EQ(Put(Port(), "/api/v1/me/application", Draft(0), draft_only).status, 200);
  EXPECT_EQ(Delete(Port(), "/api/v1/me/application", R"({"version": 5})", draft_only).status, 409);
  const Answer erased = Delete(Port(), "/api/v1/me/application", R"({"version": 1})", draft_only);
  ASSERT_EQ(erased.status, 200) << erased.body;
  EXPECT_EQ(Count("SELECT count(*) FROM applications WHERE applicant_cpr = '" + minors_[0].cpr + "'"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM application_events"), 0);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'erase own draft'"), 1);
  EXPECT_EQ(Delete(Port(), "/api/v1/me/application", R"({"version": 1})", draft_only).status, 409);  // nothing left

  const Headers applied = LoginAsPerson(Port(), minors_[1].cpr);
  ASSERT_EQ(Put(Port(), "/api/v1/me/application", Draft(0), applied).status, 200);
  ASSERT_EQ(Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", applied).status, 200);
  ASSERT_EQ(Post(Port(), "/api/v1/me/application/withdraw", R"({"version": 1})", "application/json", applied).status, 200);
  const Answer kept = Delete(Port(), "/api/v1/me/application", R"({"version": 1})", applied);
  EXPECT_EQ(kept.status, 409);
  EXPECT_EQ(kept.json["errors"][0]["name"], "erasure_not_allowed");
  EXPECT_EQ(kept.json["errors"][0]["detail"], "2027-10-31");
  EXPECT_NE(kept.json["errors"][0]["message"]["da"].get<std::string>().find("2027-10-31"), std::string::npos);
  EXPECT_EQ(Count("SELECT count(*) FROM applications WHERE applicant_cpr = '" + minors_[1].cpr + "'"), 1);
}

TEST_F(PersonalRightsTest, AnAttachmentAClaimNamesIsKeptAnUnusedOneIsErased) {
  const Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  const Answer used = Post(Port(), "/api/v1/me/attachments", kPdf, "application/pdf", me);
  const Answer spare = Post(Port(), "/api/v1/me/attachments", kPdf + "% spare\n", "application/pdf", me);
  ASSERT_EQ(used.status, 200);
  ASSERT_EQ(spare.status, 200);
  const std::string used_sha = used.json["sha256"].get<std::string>();
  const std::string claim = R"(, "forrang": [{"wish": 1, "ground": "elite", "attachment": ")" + used_sha + R"("}])";
  const Answer saved = Put(Port(), "/api/v1/me/application", Draft(0, claim), me);
  ASSERT_EQ(saved.status, 200) << saved.body;

  const Answer refused = Delete(Port(), "/api/v1/me/attachments/" + used_sha, "", me);
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.json["errors"][0]["name"], "attachment_in_use");
  EXPECT_EQ(Delete(Port(), "/api/v1/me/attachments/" + spare.json["sha256"].get<std::string>(), "", me).status, 200);
  EXPECT_EQ(Delete(Port(), "/api/v1/me/attachments/" + spare.json["sha256"].get<std::string>(), "", me).status, 404);
  EXPECT_EQ(Count("SELECT count(*) FROM attachments"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'erase own attachment'"), 1);
  // Without the CSRF token, nothing is erased.
  Headers no_csrf;
  for (const auto& [name, value] : me) if (name != "X-CSRF-Token") no_csrf.emplace(name, value);
  EXPECT_EQ(Delete(Port(), "/api/v1/me/attachments/" + used_sha, "", no_csrf).status, 403);
}

}  // namespace
}  // namespace optagelse::testing
