// Applying through the real server and a real SQLite file: draft, submit, a guardian signs, a
// change voids the signature and the guardians are told, submitting twice is one submission, stale
// versions and bad drafts change nothing, the deadline locks (across a server restart) and later
// applications are late, routing to the right inbox, attachments checked by content, forrang
// decided by the institution, and who may see what.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kBeforeDeadline = "2027-02-10T10:00:00Z";
constexpr const char* kAfterDeadline = "2027-03-02T10:00:00Z";
const std::string kPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

class ApplicationRouteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 30});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    Start(kBeforeDeadline, true);
    // Minors (born after 1 March 2009: under 18 on the 2027 deadline day) with guardians; an adult.
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      if (!person.guardians.empty() && born && *born > Date{2009, 3, 1}) minors_.push_back(person);
      if (person.guardians.empty() && adult_.cpr.empty()) adult_ = person;
    }
    ASSERT_GE(minors_.size(), 3u);
  }
  void TearDown() override {
    if (HasFailure() && server_) std::cerr << "server output:\n" << server_->output() << "\n";
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Start(const std::string& now, bool load_demo) {
    server_.reset();
    std::vector<std::string> args{"--now", now, "--today", now.substr(0, 10)};
    if (load_demo) args.insert(args.end(), {"--demo-data", dir_ + "/demo.json"});
    server_ = std::make_unique<ServerProcess>(args, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  int Port() const { return server_->port(); }

  static std::string Draft(std::int64_t version, const std::string& wishes, const std::string& extra = "") {
    return R"({"version": )" + std::to_string(version) + R"(, "content": {"wishes": [)" + wishes +
           R"(], "contact": {"email": "ung@example.dk"})" + extra + "}}";
  }
  static std::string Version(std::int64_t version) { return R"({"version": )" + std::to_string(version) + "}"; }
  Answer Save(const Headers& who, const std::string& body) { return Put(Port(), "/api/v1/me/application", body, who); }
  Answer Submit(const Headers& who, std::int64_t version) {
    return Post(Port(), "/api/v1/me/application/submit", Version(version), "application/json", who);
  }
  Answer Sign(const Headers& who, std::int64_t id, const std::string& sha, const std::string& decision = "sign") {
    return Post(Port(), "/api/v1/applications/" + std::to_string(id) + "/signature",
                R"({"decision": ")" + decision + R"(", "comment": "OK fra mor", "content_sha256": ")" + sha + R"("})",
                "application/json", who);
  }
  std::int64_t Count(const std::string& sql) {
    auto db = store::Database::Open(server_->database());
    return *db->QueryInt(sql);
  }
  // Drafts, submits and has the first guardian sign; returns the application's answer.
  wire::Json ApplySigned(const registry::Person& minor, const std::string& wishes) {
    const Headers me = LoginAsPerson(Port(), minor.cpr);
    const Answer saved = Save(me, Draft(0, wishes));
    EXPECT_EQ(saved.status, 200) << saved.body;
    const Answer submitted = Submit(me, 1);
    EXPECT_EQ(submitted.json["application"]["status"], "awaiting_signature") << submitted.body;
    const auto& application = submitted.json["application"];
    const Answer signed_answer = Sign(LoginAsPerson(Port(), minor.guardians[0]), application["id"].get<std::int64_t>(),
                                      application["content_sha256"].get<std::string>());
    EXPECT_EQ(signed_answer.status, 200) << signed_answer.body;
    return signed_answer.json["application"];
  }

  std::string dir_;
  registry::Dataset dataset_;
  std::vector<registry::Person> minors_;
  registry::Person adult_;
  std::unique_ptr<ServerProcess> server_;
};

constexpr const char* kGymWishes = R"({"institution": "101001", "programme": "stx"}, {"institution": "147003", "programme": "hf"})";

TEST_F(ApplicationRouteTest, ApplyGuardianSignsAChangeVoidsTheSignature) {
  const registry::Person& minor = minors_[0];
  const Headers me = LoginAsPerson(Port(), minor.cpr);
  const Answer empty = Get(Port(), "/api/v1/me/application", me);
  ASSERT_EQ(empty.status, 200) << empty.body;
  EXPECT_EQ(empty.json["application"], nullptr);
  EXPECT_EQ(empty.json["window"]["phase"], "open");
  EXPECT_EQ(empty.json["window"]["deadline"], "2027-03-01T22:59:59Z");
  EXPECT_EQ(empty.json["person"]["name"], minor.name);

  const Answer saved = Save(me, Draft(0, kGymWishes));
  ASSERT_EQ(saved.status, 200) << saved.body;
  EXPECT_EQ(saved.json["application"]["version"], 1);
  EXPECT_EQ(saved.json["application"]["status"], "draft");
  const Answer submitted = Submit(me, 1);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const wire::Json& application = submitted.json["application"];
  EXPECT_EQ(application["status"], "awaiting_signature");
  EXPECT_EQ(application["route"], "central_allocation");
  EXPECT_EQ(application["signature"]["required"], true);
  EXPECT_EQ(application["institution_names"], (wire::Json{{"101001", "København Gymnasium"}, {"147003", "Frederiksberg Gymnasium"}}));

  // The guardian sees the child's application and signs exactly what they read.
  const Headers guardian = LoginAsPerson(Port(), minor.guardians[0]);
  const Answer children = Get(Port(), "/api/v1/me/children", guardian);
  ASSERT_EQ(children.status, 200) << children.body;
  const wire::Json* child = nullptr;
  for (const auto& entry : children.json["children"]) {
    if (entry["cpr"] == minor.cpr) child = &entry;
  }
  ASSERT_NE(child, nullptr) << children.body;
  EXPECT_EQ((*child)["application"]["status"], "awaiting_signature");
  const std::int64_t id = application["id"].get<std::int64_t>();
  const std::string first_sha = application["content_sha256"].get<std::string>();
  const Answer signed_answer = Sign(guardian, id, first_sha);
  ASSERT_EQ(signed_answer.status, 200) << signed_answer.body;
  EXPECT_EQ(signed_answer.json["application"]["status"], "submitted");

  // A change of wishes voids the signature and tells the guardians.
  const Answer changed = Save(me, Draft(1, R"({"institution": "147003", "programme": "hf"}, {"institution": "101001", "programme": "stx"})"));
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(changed.json["application"]["status"], "awaiting_signature");
  const auto& history = changed.json["application"]["history"];
  EXPECT_EQ(history.back()["event"], "signature_voided");
  const Answer told = Get(Port(), "/api/v1/me/children", guardian);
  EXPECT_EQ(told.json["notices"][0]["kind"], "signature_voided") << told.body;
  // Signing the old content is refused; the new content can be signed.
  const Answer stale = Sign(guardian, id, first_sha);
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json["errors"][0]["code"], 7101);
  const Answer resigned = Sign(guardian, id, changed.json["application"]["content_sha256"].get<std::string>());
  EXPECT_EQ(resigned.json["application"]["status"], "submitted") << resigned.body;
  // A contact change is not part of what the guardian signed.
  const Answer recontacted = Save(me, R"({"version": 2, "content": {"wishes": [{"institution": "147003", "programme": "hf"}, )"
                                      R"({"institution": "101001", "programme": "stx"}], "contact": {"phone": "+45 12345678"}}})");
  EXPECT_EQ(recontacted.json["application"]["status"], "submitted") << recontacted.body;
  // Back to the wishes first signed (and a contact that is not signed): that signature covers them again.
  const Answer reverted = Save(me, Draft(3, kGymWishes));
  ASSERT_EQ(reverted.status, 200) << reverted.body;
  EXPECT_EQ(reverted.json["application"]["content_sha256"], first_sha);
  EXPECT_EQ(reverted.json["application"]["status"], "submitted") << reverted.body;
  EXPECT_EQ(reverted.json["application"]["signature"]["valid"], true);

  // Strangers cannot sign: another minor's guardian, and the applicant themself.
  EXPECT_EQ(Sign(LoginAsPerson(Port(), minors_[1].guardians[0]), id, first_sha).status, 403);
  EXPECT_EQ(Sign(me, id, first_sha).status, 403);
}

TEST_F(ApplicationRouteTest, SubmittingTwiceIsOneSubmissionAndStaleOrBadWritesChangeNothing) {
  const Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  ASSERT_EQ(Save(me, Draft(0, kGymWishes)).status, 200);
  EXPECT_EQ(Submit(me, 1).status, 200);
  EXPECT_EQ(Submit(me, 1).status, 200);
  EXPECT_EQ(Count("SELECT count(*) FROM applications"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM application_events WHERE event = 'submitted'"), 1);
  // The same draft again is no new version.
  EXPECT_EQ(Save(me, Draft(1, kGymWishes)).json["unchanged"], true);

  const Answer stale = Save(me, Draft(0, R"({"institution": "101001", "programme": "stx"})"));
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.json["errors"][0]["code"], 7018);
  EXPECT_EQ(stale.json["errors"][0]["detail"], "1");

  const Answer bad = Save(me, R"({"version": 1, "content": {"wishes": [{"institution": "101001", "programme": "stx"},)"
                              R"({"institution": "101001", "programme": "stx"}, {"institution": "101001", "programme": "ballet"}],)"
                              R"("contact": {"email": "ung@"}}})");
  ASSERT_EQ(bad.status, 422) << bad.body;
  std::vector<std::pair<int, std::string>> problems;
  for (const auto& error : bad.json["errors"]) problems.emplace_back(error["code"].get<int>(), error["field"].get<std::string>());
  EXPECT_EQ(problems, (std::vector<std::pair<int, std::string>>{{7003, "wishes[1]"}, {7004, "wishes[2].programme"}, {7012, "contact.email"}}));
  EXPECT_FALSE(bad.json["errors"][0]["message"]["da"].get<std::string>().empty());
  EXPECT_FALSE(bad.json["errors"][0]["message"]["en"].get<std::string>().empty());
  EXPECT_EQ(Count("SELECT max(version) FROM applications"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM application_events"), 2);

  // Staff cannot use the applicant's routes; writes need the CSRF token.
  EXPECT_EQ(Save(LoginAs(Port(), "school", "101002"), Draft(1, kGymWishes)).status, 403);
  Headers no_csrf = me;
  no_csrf.erase("X-CSRF-Token");
  EXPECT_EQ(Save(no_csrf, Draft(1, kGymWishes)).status, 403);
}

// An answer's size does not grow with every save: it shows the latest 10 events and says so, and
// remembers the submission however far back it lies; the insight export still holds every event.
TEST_F(ApplicationRouteTest, AnAnswerShowsTheLatestHistoryAndRemembersTheSubmission) {
  const Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  ASSERT_EQ(Save(me, Draft(0, kGymWishes)).status, 200);
  const Answer submitted = Submit(me, 1);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const Answer withdrawn = Post(Port(), "/api/v1/me/application/withdraw",
                                Version(submitted.json["application"]["version"].get<std::int64_t>()), "application/json", me);
  ASSERT_EQ(withdrawn.status, 200) << withdrawn.body;
  EXPECT_EQ(withdrawn.json["application"]["history_complete"], true);
  std::int64_t version = withdrawn.json["application"]["version"].get<std::int64_t>();
  const std::string swapped = R"({"institution": "147003", "programme": "hf"}, {"institution": "101001", "programme": "stx"})";
  Answer last;
  for (int i = 0; i < 60; ++i) {
    last = Save(me, Draft(version, i % 2 == 0 ? swapped : kGymWishes));
    ASSERT_EQ(last.status, 200) << last.body;
    version = last.json["application"]["version"].get<std::int64_t>();
  }
  const wire::Json& application = last.json["application"];
  EXPECT_EQ(application["history"].size(), 10u);
  EXPECT_EQ(application["history_complete"], false);
  EXPECT_EQ(application["history"].back()["event"], "saved");
  EXPECT_EQ(application["history"].back()["version"], version);
  EXPECT_EQ(application["status"], "draft");
  EXPECT_EQ(application["ever_submitted"], true);  // the submission is 60 saves back, and the law keeps it

  const Answer exported = Get(Port(), "/api/v1/me/export", me);
  ASSERT_EQ(exported.status, 200) << exported.body;
  const wire::Json& full = exported.json["applications"][0];
  EXPECT_EQ(full["history_complete"], true);
  EXPECT_EQ(full["history"].size(), static_cast<std::size_t>(Count("SELECT count(*) FROM application_events")));
  EXPECT_EQ(full["history"][1]["event"], "submitted");
}

TEST_F(ApplicationRouteTest, TheDeadlineLocksAcrossARestartAndLaterApplicationsAreLate) {
  ApplySigned(minors_[0], kGymWishes);
  const Headers late_applicant = LoginAsPerson(Port(), minors_[1].cpr);
  ASSERT_EQ(Save(late_applicant, Draft(0, R"({"institution": "101001", "programme": "stx"})")).status, 200);

  Start(kAfterDeadline, false);  // the same database file, after the deadline
  const Headers on_time = LoginAsPerson(Port(), minors_[0].cpr);
  const Answer locked = Get(Port(), "/api/v1/me/application", on_time);
  EXPECT_EQ(locked.json["application"]["status"], "locked") << locked.body;
  const Answer refused = Save(on_time, Draft(1, R"({"institution": "101001", "programme": "stx"})"));
  EXPECT_EQ(refused.status, 409);
  EXPECT_EQ(refused.json["errors"][0]["code"], 7017);
  EXPECT_EQ(Post(Port(), "/api/v1/me/application/withdraw", Version(1), "application/json", on_time).status, 409);

  const Headers late = LoginAsPerson(Port(), minors_[1].cpr);
  const Answer submitted = Submit(late, 1);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const auto& application = submitted.json["application"];
  const Answer signed_late = Sign(LoginAsPerson(Port(), minors_[1].guardians[0]), application["id"].get<std::int64_t>(),
                                  application["content_sha256"].get<std::string>());
  EXPECT_EQ(signed_late.json["application"]["status"], "late") << signed_late.body;

  const Answer tests = Get(Port(), "/api/v1/institutions/101001/admission-tests", LoginAs(Port(), "institution", "101001"));
  ASSERT_EQ(tests.status, 200) << tests.body;
  std::map<std::string, std::string> reasons;
  for (const auto& entry : tests.json["admission_tests"]) reasons[entry["applicant"]["cpr"]] = entry["reason"];
  EXPECT_EQ(reasons[minors_[1].cpr], "late");
  EXPECT_EQ(reasons[minors_[0].cpr], "no_assessment");  // no UPV on record: the school must find out
}

TEST_F(ApplicationRouteTest, RoutesToTheRightInbox) {
  ApplySigned(minors_[0], kGymWishes);
  const wire::Json eud = ApplySigned(minors_[1], R"({"institution": "101011", "programme": "eud"}, {"institution": "101001", "programme": "stx"})");
  EXPECT_EQ(eud["route"], "institution");
  // An adult reports another activity: no signature, the counsellor of the home municipality is told.
  const Headers adult = LoginAsPerson(Port(), adult_.cpr);
  ASSERT_EQ(Save(adult, R"({"version": 0, "content": {"another_activity": {"type": "work", "description": "Job i Netto"}, "contact": {"phone": "12345678"}}})").status, 200);
  const Answer activity = Submit(adult, 1);
  ASSERT_EQ(activity.status, 200) << activity.body;
  EXPECT_EQ(activity.json["application"]["status"], "submitted");
  EXPECT_EQ(activity.json["application"]["route"], "counsellor");

  auto inbox = [&](const std::string& institution) {
    std::set<std::string> cprs;
    const Answer answer = Get(Port(), "/api/v1/institutions/" + institution + "/applications", LoginAs(Port(), "institution", institution));
    for (const auto& entry : answer.json["applications"]) {
      cprs.insert(entry["applicant"]["cpr"].get<std::string>());
    }
    return cprs;
  };
  EXPECT_EQ(inbox("101001"), (std::set<std::string>{minors_[0].cpr}));  // 1st wish only
  EXPECT_EQ(inbox("101011"), (std::set<std::string>{minors_[1].cpr}));
  EXPECT_TRUE(inbox("147003").empty());
  EXPECT_EQ(Get(Port(), "/api/v1/institutions/101001/applications", LoginAs(Port(), "institution", "101011")).status, 403);

  const std::string municipality = std::to_string(adult_.municipality_code);
  const Answer counsellor = Get(Port(), "/api/v1/counsellors/" + municipality + "/applications", LoginAs(Port(), "counsellor", municipality));
  ASSERT_EQ(counsellor.status, 200) << counsellor.body;
  ASSERT_EQ(counsellor.json["another_activity"].size(), 1u);
  EXPECT_EQ(counsellor.json["another_activity"][0]["applicant"]["cpr"], adult_.cpr);
  const std::string other = municipality == "101" ? "461" : "101";
  EXPECT_EQ(Get(Port(), "/api/v1/counsellors/" + municipality + "/applications", LoginAs(Port(), "counsellor", other)).status, 403);
}

TEST_F(ApplicationRouteTest, AttachmentsByContentAndForrangDecidedByTheInstitution) {
  const Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  const Answer spoofed = Post(Port(), "/api/v1/me/attachments", std::string("PK\x03\x04zip pretending to be a pdf"), "application/pdf", me);
  EXPECT_EQ(spoofed.status, 415);
  EXPECT_EQ(spoofed.json["errors"][0]["code"], 7200);
  EXPECT_EQ(Count("SELECT count(*) FROM attachments"), 0);
  Headers named = me;
  named.emplace("X-File-Name", "L%C3%A6geerkl%C3%A6ring.pdf");  // as the browser sends "Lægeerklæring.pdf"
  const Answer uploaded = Post(Port(), "/api/v1/me/attachments", kPdf, "application/octet-stream", named);
  ASSERT_EQ(uploaded.status, 200) << uploaded.body;
  EXPECT_EQ(uploaded.json["media_type"], "application/pdf");
  EXPECT_EQ(uploaded.json["file_name"], "L\xc3\xa6geerkl\xc3\xa6ring.pdf");
  const std::string sha = uploaded.json["sha256"];

  // A claim naming an attachment that is not mine is refused.
  const Answer foreign = Save(me, Draft(0, kGymWishes, R"(, "forrang": [{"wish": 1, "ground": "elite", "attachment": ")" + std::string(64, 'a') + R"("}])"));
  EXPECT_EQ(foreign.status, 422);
  EXPECT_EQ(foreign.json["errors"][0]["code"], 7202);
  ASSERT_EQ(Save(me, Draft(0, kGymWishes, R"(, "forrang": [{"wish": 1, "ground": "elite", "attachment": ")" + sha + R"("}])")).status, 200);
  const Answer submitted = Submit(me, 1);
  const std::int64_t id = submitted.json["application"]["id"];
  ASSERT_EQ(Sign(LoginAsPerson(Port(), minors_[0].guardians[0]), id, submitted.json["application"]["content_sha256"]).status, 200);

  const Headers school = LoginAs(Port(), "institution", "101001");
  const std::string base = "/api/v1/institutions/101001/applications/" + std::to_string(id);
  const Answer document = Get(Port(), base + "/attachments/" + sha, school);
  EXPECT_EQ(document.status, 200);
  EXPECT_EQ(document.body, kPdf);
  EXPECT_EQ(document.content_type, "application/pdf");
  // Saved under the name it was uploaded with (httplib's client decodes the percent-encoding the
  // server sends; attachment_disposition_test checks the header itself).
  EXPECT_EQ(document.disposition, "attachment; filename=\"bilag-" + sha.substr(0, 12) + ".pdf\"; filename*=UTF-8''L\xc3\xa6geerkl\xc3\xa6ring.pdf");
  EXPECT_EQ(Get(Port(), "/api/v1/institutions/147003/applications/" + std::to_string(id) + "/attachments/" + sha,
                LoginAs(Port(), "institution", "147003")).status, 404);  // the 2nd wish's school decides nothing here
  // The counsellor sees the ground but not the document.
  const std::string municipality = std::to_string(minors_[0].municipality_code);
  const Answer counsellor = Get(Port(), "/api/v1/counsellors/" + municipality + "/applications", LoginAs(Port(), "counsellor", municipality));
  EXPECT_FALSE(counsellor.json["applications"][0]["content"]["forrang"][0].contains("attachment")) << counsellor.body;

  const Answer no_reason = Put(Port(), base + "/forrang/1", R"({"decision": "refused"})", school);
  EXPECT_EQ(no_reason.status, 422);
  EXPECT_EQ(no_reason.json["errors"][0]["code"], 7301);
  EXPECT_EQ(Put(Port(), base + "/forrang/2", R"({"decision": "granted"})", school).status, 404);
  ASSERT_EQ(Put(Port(), base + "/forrang/1", R"({"decision": "granted"})", school).status, 200);
  const Answer mine = Get(Port(), "/api/v1/me/application", me);
  EXPECT_EQ(mine.json["application"]["forrang_decisions"][0]["decision"], "granted") << mine.body;
}

// Private gymnasiums, 2-year stx and the international programmes are outside the central
// allocation and admit directly (docs/domain.md "The application", routing).
TEST_F(ApplicationRouteTest, GymnasialProgrammesOutsideTheAllocationGoStraightToTheSchool) {
  const std::map<std::string, std::string> direct{{"101307", "stx"}, {"101308", "stx2"}, {"101309", "ib"}};
  ASSERT_GE(minors_.size(), direct.size() + 1);
  std::size_t i = 0;
  for (const auto& [institution, programme] : direct) {
    const wire::Json application = ApplySigned(minors_[i++], R"({"institution": ")" + institution + R"(", "programme": ")" + programme + R"("})");
    EXPECT_EQ(application["route"], "institution") << institution << " " << programme;
  }
  const wire::Json allocated = ApplySigned(minors_[i], kGymWishes);
  EXPECT_EQ(allocated["route"], "central_allocation");
  // The region's snapshot has none of their offers, and only the allocated applicant.
  const Answer snapshot = Post(Port(), "/api/v1/regions/1084/allocation-snapshots", R"({"default_capacity": 5})", "application/json",
                               LoginAs(Port(), "region", "1084"));
  ASSERT_EQ(snapshot.status, 200) << snapshot.body;
  for (const auto& offer : snapshot.json["programmes"]) {
    EXPECT_FALSE(direct.contains(offer["institution"].get<std::string>())) << offer;
  }
  ASSERT_EQ(snapshot.json["applicants"].size(), 1u);
  EXPECT_EQ(snapshot.json["applicants"][0]["id"], minors_[i].cpr);
  const Answer private_inbox = Get(Port(), "/api/v1/institutions/101307/applications", LoginAs(Port(), "institution", "101307"));
  ASSERT_EQ(private_inbox.status, 200) << private_inbox.body;
  EXPECT_EQ(private_inbox.json["applications"].size(), 1u);
}

TEST_F(ApplicationRouteTest, PublishingTheAllocationMarksTheApplicationAllocatedAndFinal) {
  ApplySigned(minors_[0], kGymWishes);
  Start(kAfterDeadline, false);  // a run is published only when made after the deadline
  const Headers region = LoginAs(Port(), "region", "1084");
  const Answer run = Post(Port(), "/api/v1/regions/1084/allocations", R"({"default_capacity": 5})", "application/json", region);
  ASSERT_EQ(run.status, 201) << run.body;
  const std::string publish = "/api/v1/regions/1084/allocations/" + std::to_string(run.json["id"].get<std::int64_t>()) + "/publish";
  const Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  EXPECT_EQ(Get(Port(), "/api/v1/me/application", me).json["application"]["status"], "locked");  // a run alone changes nothing

  const Answer published = Post(Port(), publish, "{}", "application/json", region);
  ASSERT_EQ(published.status, 200) << published.body;
  EXPECT_EQ(published.json["applications_allocated"], 1);
  const Answer mine = Get(Port(), "/api/v1/me/application", me);
  EXPECT_EQ(mine.json["application"]["status"], "allocated");
  ASSERT_TRUE(mine.json["application"]["history"].is_array());
  EXPECT_EQ(mine.json["application"]["history"].back()["event"], "allocated");
  // Final: no more changes or withdrawal, and the record says so.
  const std::int64_t version = mine.json["application"]["version"].get<std::int64_t>();
  const Answer changed = Save(me, Draft(version, R"({"institution": "147003", "programme": "hf"})"));
  EXPECT_EQ(changed.status, 409) << changed.body;
  EXPECT_EQ(Post(Port(), "/api/v1/me/application/withdraw", Version(version), "application/json", me).status, 409);
  EXPECT_EQ(Count("SELECT count(*) FROM allocation_outcomes"), 1);
  EXPECT_EQ(Post(Port(), publish, "{}", "application/json", region).status, 409);  // published once
}

TEST_F(ApplicationRouteTest, AHandicapClaimIsDecidedAndReadByTheRegionNotTheSchool) {
  const Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  const Answer uploaded = Post(Port(), "/api/v1/me/attachments", kPdf, "application/octet-stream", me);
  ASSERT_EQ(uploaded.status, 200) << uploaded.body;
  const std::string sha = uploaded.json["sha256"];
  ASSERT_EQ(Save(me, Draft(0, kGymWishes, R"(, "forrang": [{"wish": 1, "ground": "handicap", "attachment": ")" + sha + R"("}])")).status, 200);
  const Answer submitted = Submit(me, 1);
  const std::int64_t id = submitted.json["application"]["id"];
  ASSERT_EQ(Sign(LoginAsPerson(Port(), minors_[0].guardians[0]), id, submitted.json["application"]["content_sha256"]).status, 200);
  const std::string decision = "/applications/" + std::to_string(id) + "/forrang/1";
  const std::string document = "/applications/" + std::to_string(id) + "/attachments/" + sha;

  // The gymnasium sees the claim and who decides it, but neither decides nor reads the documentation.
  const Headers school = LoginAs(Port(), "institution", "101001");
  const Answer inbox = Get(Port(), "/api/v1/institutions/101001/applications", school);
  ASSERT_EQ(inbox.json["applications"].size(), 1u) << inbox.body;
  const auto& claim = inbox.json["applications"][0]["content"]["forrang"][0];
  EXPECT_EQ(inbox.json["applications"][0]["forrang_deciders"][0], (wire::Json{{"wish", 1}, {"decided_by", "region"}}));
  EXPECT_FALSE(claim.contains("attachment"));
  const Answer refused = Put(Port(), "/api/v1/institutions/101001" + decision, R"({"decision": "granted"})", school);
  EXPECT_EQ(refused.status, 403);
  EXPECT_EQ(refused.json["errors"][0]["code"], 7303);
  EXPECT_EQ(Get(Port(), "/api/v1/institutions/101001" + document, school).status, 404);

  // The region of the gymnasium does both; another region sees nothing.
  const Headers region = LoginAs(Port(), "region", "1084");
  const Answer claims = Get(Port(), "/api/v1/regions/1084/forrang-claims", region);
  ASSERT_EQ(claims.status, 200) << claims.body;
  ASSERT_EQ(claims.json["applications"].size(), 1u);
  EXPECT_EQ(claims.json["applications"][0]["content"]["forrang"][0]["attachment"], sha);
  EXPECT_EQ(claims.json["applications"][0]["ranks_here"], wire::Json::array({1}));
  const Answer read = Get(Port(), "/api/v1/regions/1084" + document, region);
  EXPECT_EQ(read.status, 200);
  EXPECT_EQ(read.body, kPdf);
  EXPECT_EQ(Put(Port(), "/api/v1/regions/1084" + decision, R"({"decision": "refused"})", region).status, 422);  // a reason is needed
  ASSERT_EQ(Put(Port(), "/api/v1/regions/1084" + decision, R"({"decision": "granted", "reason": "Lægeerklæring"})", region).status, 200);
  const Headers north = LoginAs(Port(), "region", "1081");
  EXPECT_TRUE(Get(Port(), "/api/v1/regions/1081/forrang-claims", north).json["applications"].empty());
  EXPECT_EQ(Put(Port(), "/api/v1/regions/1081" + decision, R"({"decision": "refused", "reason": "x"})", north).status, 404);
  EXPECT_EQ(Get(Port(), "/api/v1/regions/1081" + document, north).status, 404);
  EXPECT_EQ(Get(Port(), "/api/v1/regions/1084/forrang-claims", north).status, 403);

  // The applicant sees the region's decision.
  const Answer mine = Get(Port(), "/api/v1/me/application", me);
  ASSERT_EQ(mine.json["application"]["forrang_decisions"].size(), 1u);
  EXPECT_EQ(mine.json["application"]["forrang_decisions"][0]["decision"], "granted");
}

}  // namespace
}  // namespace optagelse::testing
