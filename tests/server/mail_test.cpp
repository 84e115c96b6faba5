// Messages through a real mail server (tools/mail/smtp_sink.py, Debian's aiosmtpd, into a Maildir):
// receipts and requests to sign arrive, in the person's language and without sensitive data; the
// mail server down and then up delivers every message once, also across a clean restart; kill -9
// while sending loses none; a slow mail server slows no request; a 5xx is kept as the reason and a
// 4xx is tried again; a refused request writes no message; change receipts join; reminders go once.
#include <chrono>
#include <filesystem>
#include <map>
#include <set>
#include <thread>

#include <gtest/gtest.h>

#include "api_client.h"
#include "bench/free_port.h"
#include "bench/smtp_sink.h"
#include "cpr/cpr_number.h"
#include "demo_server_test.h"
#include "store/database.h"

namespace optagelse::testing {
namespace {

using bench::MailHeader;
using bench::SmtpSink;
using bench::SmtpSinkOptions;

constexpr const char* kBeforeDeadline = "2027-02-10T10:00:00Z";
constexpr const char* kWishes = R"({"institution": "101001", "programme": "stx"}, {"institution": "147003", "programme": "hf"})";

class MailTest : public DemoServerTest {
 protected:
  void SetUp() override {
    MakeDemoData({7, 30});
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      if (person.guardians.size() >= 1 && born && *born > Date{2009, 3, 1}) minors_.push_back(person);
    }
    ASSERT_GE(minors_.size(), 6u);
  }
  void TearDown() override {
    if (HasFailure() && sink_) std::cerr << "mail server output:\n" << sink_output_ << "\n";
    sink_.reset();
    DemoServerTest::TearDown();
  }
  void StartSink(SmtpSinkOptions options) {
    options.maildir = dir_ + "/maildir";
    sink_output_.clear();
    sink_ = SmtpSink::Start(options, sink_output_);
    ASSERT_TRUE(sink_) << sink_output_;
  }
  std::vector<std::string> MailFlags(int port) {
    return {"--smtp-url", "smtp://127.0.0.1:" + std::to_string(port), "--smtp-from", "noreply@optagelse.test",
            "--public-url", "http://optagelse.test", "--smtp-retry-seconds", "1"};
  }
  static std::string Draft(std::int64_t version, const std::string& contact) {
    return R"({"version": )" + std::to_string(version) + R"(, "content": {"wishes": [)" + kWishes + R"(], "contact": )" + contact + "}}";
  }
  // Logs the minor in (in `language`), saves and submits; returns the application's answer.
  wire::Json Apply(const registry::Person& minor, const std::string& contact, const std::string& language = "da") {
    Headers me = LoginAsPerson(Port(), minor.cpr);
    me.emplace("Accept-Language", language);
    const Answer saved = Put(Port(), "/api/v1/me/application", Draft(0, contact), me);
    EXPECT_EQ(saved.status, 200) << saved.body;
    const Answer submitted = Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
    EXPECT_EQ(submitted.status, 200) << submitted.body;
    return submitted.json["application"];
  }
  // Waits (up to `seconds`) until the mail server holds at least n messages.
  bool WaitForMail(std::size_t n, int seconds = 30) {
    for (int i = 0; i < seconds * 10; ++i) {
      if (sink_->Count() >= n) return true;
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    return sink_->Count() >= n;
  }
  std::map<std::string, int> MessageIds() {
    std::map<std::string, int> ids;
    for (const std::string& message : sink_->Messages()) ++ids[MailHeader(message, "Message-ID")];
    return ids;
  }

  std::vector<registry::Person> minors_;
  std::unique_ptr<SmtpSink> sink_;
  std::string sink_output_;
};

TEST_F(MailTest, ReceiptAndRequestsToSignArriveInThePersonsLanguageWithoutSensitiveData) {
  StartSink({});
  Start(kBeforeDeadline, true, MailFlags(sink_->port()));
  const registry::Person& minor = minors_[0];
  const wire::Json application =
      Apply(minor, R"({"email": "ung@example.dk", "guardian_emails": ["mor@example.dk", "far@example.dk"]})", "en");
  ASSERT_TRUE(WaitForMail(3)) << sink_->Count();
  std::multiset<std::string> to;
  for (const std::string& message : sink_->Messages()) {
    to.insert(MailHeader(message, "To"));
    EXPECT_EQ(MailHeader(message, "From"), "Optagelse <noreply@optagelse.test>");
    EXPECT_EQ(MailHeader(message, "Content-Language"), "en");
    EXPECT_NE(MailHeader(message, "Message-ID").find("@optagelse.test>"), std::string::npos);
    EXPECT_EQ(message.find(minor.cpr), std::string::npos);
  }
  EXPECT_EQ(to, (std::multiset<std::string>{"<ung@example.dk>", "<mor@example.dk>", "<far@example.dk>"}));

  // The applicant's list: the receipt, in English, sent; the words carry no CPR number.
  Headers me = LoginAsPerson(Port(), minor.cpr);
  const Answer mine = Get(Port(), "/api/v1/me/messages", me);
  ASSERT_EQ(mine.status, 200) << mine.body;
  ASSERT_EQ(mine.json["messages"].size(), 1u) << mine.body;
  EXPECT_EQ(mine.json["messages"][0]["kind"], "application_sent");
  EXPECT_EQ(mine.json["messages"][0]["subject"], "Your application has been received");
  EXPECT_EQ(mine.json["messages"][0]["state"], "sent");
  EXPECT_EQ(mine.json["messages"][0]["text"].get<std::string>().find(minor.cpr), std::string::npos);
  EXPECT_NE(mine.json["messages"][0]["text"].get<std::string>().find("http://optagelse.test"), std::string::npos);

  // The guardian declines with a comment: the applicant is told, with the comment.
  Headers guardian = LoginAsPerson(Port(), minor.guardians[0]);
  guardian.emplace("Accept-Language", "da");
  const Answer declined = Post(Port(), "/api/v1/applications/" + std::to_string(application["id"].get<std::int64_t>()) + "/signature",
                               R"({"decision": "decline", "comment": "Vi taler om det <i aften>", "content_sha256": ")" +
                                   application["content_sha256"].get<std::string>() + R"("})",
                               "application/json", guardian);
  ASSERT_EQ(declined.status, 200) << declined.body;
  ASSERT_TRUE(WaitForMail(4));
  const Answer after = Get(Port(), "/api/v1/me/messages", me);
  ASSERT_EQ(after.json["messages"].size(), 2u) << after.body;
  EXPECT_EQ(after.json["messages"][0]["kind"], "declined");
  EXPECT_NE(after.json["messages"][0]["text"].get<std::string>().find("Vi taler om det <i aften>"), std::string::npos);
  // The guardian sees the requests sent to the guardians about the child.
  const Answer theirs = Get(Port(), "/api/v1/me/messages", guardian);
  ASSERT_EQ(theirs.status, 200) << theirs.body;
  EXPECT_EQ(theirs.json["as_guardian"].size(), 2u) << theirs.body;
  EXPECT_EQ(theirs.json["as_guardian"][0]["kind"], "signature_requested");
  EXPECT_GE(Count("SELECT count(*) FROM audit_log WHERE action = 'send message'"), 4);
}

TEST_F(MailTest, ASchoolHearsItsPupilReportWasProcessedWithTheCounts) {
  StartSink({});
  Start(kBeforeDeadline, true, MailFlags(sink_->port()));
  const Headers school = LoginAs(Port(), "school", "101002");
  const std::string csv = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n" + minors_[0].cpr +
                          ";Som Indberettet;101002;4800;9;9.B;2026-08-11\n0101900001;Ikke Gyldig;101002;4800;9;9.B;2026-08-11\n";
  ASSERT_EQ(Post(Port(), "/api/v1/schools/101002/pupil-reports", csv, "text/csv", school).status, 200);
  ASSERT_TRUE(WaitForMail(1));
  EXPECT_EQ(MailHeader(sink_->Messages()[0], "To"), "<kontor@101002.skole.test>");
  const Answer listed = Get(Port(), "/api/v1/schools/101002/messages", school);
  ASSERT_EQ(listed.status, 200) << listed.body;
  ASSERT_EQ(listed.json["messages"].size(), 1u) << listed.body;
  EXPECT_NE(listed.json["messages"][0]["text"].get<std::string>().find("1 elever taget ind, 1 rækker ikke taget ind"), std::string::npos)
      << listed.body;
  EXPECT_EQ(listed.json["messages"][0]["text"].get<std::string>().find(minors_[0].cpr), std::string::npos);
  EXPECT_EQ(Get(Port(), "/api/v1/schools/101003/messages", school).status, 403);  // another school's
}

TEST_F(MailTest, MailServerDownThenUpDeliversEveryMessageOnceAlsoAcrossACleanRestart) {
  const int port = bench::FreeLoopbackPort();
  Start(kBeforeDeadline, true, MailFlags(port));
  for (int i = 0; i < 4; ++i) Apply(minors_[static_cast<std::size_t>(i)], R"({"email": "ung)" + std::to_string(i) + R"(@example.dk"})");
  std::this_thread::sleep_for(std::chrono::seconds(2));
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE state = 'pending' AND attempts >= 1 AND last_error != ''"), 4);
  SmtpSinkOptions later;
  later.port = port;
  StartSink(later);
  ASSERT_TRUE(WaitForMail(4, 60)) << sink_->Count();
  server_->Stop();
  Start(kBeforeDeadline, false, MailFlags(port));
  std::this_thread::sleep_for(std::chrono::seconds(2));
  const auto ids = MessageIds();
  EXPECT_EQ(ids.size(), 4u);
  for (const auto& [id, times] : ids) EXPECT_EQ(times, 1) << id;
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE state = 'sent'"), 4);
}

TEST_F(MailTest, KillNineWhileSendingLosesNoMessage) {
  SmtpSinkOptions slow;
  slow.delay_seconds = 0.5;
  StartSink(slow);
  Start(kBeforeDeadline, true, MailFlags(sink_->port()));
  for (int i = 0; i < 6; ++i) Apply(minors_[static_cast<std::size_t>(i)], R"({"email": "ung)" + std::to_string(i) + R"(@example.dk"})");
  ASSERT_TRUE(WaitForMail(1));
  server_->Kill();
  Start(kBeforeDeadline, false, MailFlags(sink_->port()));
  std::set<std::string> expected;
  {
    auto db = store::Database::Open(server_->database());
    auto statement = db->Prepare("SELECT message_id FROM outbox WHERE recipient != ''");
    while (*statement->Step()) expected.insert(statement->ColumnText(0));
  }
  ASSERT_EQ(expected.size(), 6u);
  for (int i = 0; i < 300 && MessageIds().size() < expected.size(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  std::set<std::string> arrived;
  for (const auto& [id, times] : MessageIds()) arrived.insert(id);
  EXPECT_EQ(arrived, expected);  // some may have come twice (sent, then killed before recorded): same Message-ID
}

TEST_F(MailTest, ASlowMailServerSlowsNoRequest) {
  SmtpSinkOptions slow;
  slow.delay_seconds = 5.0;
  StartSink(slow);
  Start(kBeforeDeadline, true, MailFlags(sink_->port()));
  double slowest = 0;
  for (int i = 0; i < 6; ++i) {
    const auto started = std::chrono::steady_clock::now();
    Apply(minors_[static_cast<std::size_t>(i)], R"({"email": "ung@example.dk"})");
    slowest = std::max(slowest, std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
  }
  EXPECT_LT(slowest, 2.0);  // logging in, saving and submitting; sending in the request would take 5 s
  ASSERT_TRUE(WaitForMail(1, 20));
}

TEST_F(MailTest, APermanentRefusalIsKeptWithItsReasonAndATemporaryOneIsTriedAgain) {
  SmtpSinkOptions options;
  options.refuse_domain = "refuse.example";
  options.tempfail = 1;
  StartSink(options);
  Start(kBeforeDeadline, true, MailFlags(sink_->port()));
  Apply(minors_[0], R"({"email": "ung@example.dk", "guardian_emails": ["mor@refuse.example"]})");
  ASSERT_TRUE(WaitForMail(1));
  for (int i = 0; i < 100 && Count("SELECT count(*) FROM outbox WHERE state = 'failed'") == 0; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE state = 'failed' AND recipient = 'mor@refuse.example' AND last_error LIKE '%550%'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE state = 'sent' AND recipient = 'ung@example.dk' AND attempts >= 2"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM audit_log WHERE action = 'message not delivered'"), 1);
  const Answer health = Get(Port(), "/api/v1/health");
  EXPECT_EQ(health.json["messages"]["failed"], 1) << health.body;
}

TEST_F(MailTest, ARefusedRequestWritesNoMessageAndChangeReceiptsJoin) {
  Start(kBeforeDeadline, true);  // no --smtp-url: recorded and shown, not sent
  Headers me = LoginAsPerson(Port(), minors_[0].cpr);
  ASSERT_EQ(Put(Port(), "/api/v1/me/application", Draft(0, R"({"email": "ung@example.dk"})"), me).status, 200);
  EXPECT_EQ(Post(Port(), "/api/v1/me/application/submit", R"({"version": 7})", "application/json", me).status, 409);
  EXPECT_EQ(Count("SELECT count(*) FROM outbox"), 0);
  const Answer submitted = Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  std::int64_t version = submitted.json["application"]["version"].get<std::int64_t>();
  for (int change = 1; change <= 3; ++change) {  // three changes after sending, within minutes: one receipt
    const std::string phone = R"(, "phone": "1234567)" + std::to_string(change) + R"(")";
    const Answer saved = Put(Port(), "/api/v1/me/application", Draft(version, R"({"email": "ung@example.dk")" + phone + "}"), me);
    ASSERT_EQ(saved.status, 200) << saved.body;
    version = saved.json["application"]["version"].get<std::int64_t>();
  }
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE kind = 'application_sent'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE kind = 'application_changed'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE kind = 'signature_requested' AND recipient = '' AND state = 'unaddressed'"), 1);
  const Answer mine = Get(Port(), "/api/v1/me/messages", me);
  ASSERT_EQ(mine.json["messages"].size(), 2u) << mine.body;
  EXPECT_EQ(mine.json["messages"][1]["state"], "pending");  // nothing is sent without a mail server
  // Bad contact data is refused with its field.
  const Answer bad = Put(Port(), "/api/v1/me/application",
                         Draft(version, R"({"email": "ung@example.dk", "guardian_emails": ["a@b.dk", "c@d.dk", "e@f.dk"]})"), me);
  EXPECT_EQ(bad.status, 422) << bad.body;
  EXPECT_NE(bad.body.find("contact.guardian_emails"), std::string::npos) << bad.body;
  const Answer injected = Put(Port(), "/api/v1/me/application",
                              Draft(version, R"({"email": "ung@example.dk\r\nBcc: x@evil.example"})"), me);
  EXPECT_EQ(injected.status, 422) << injected.body;
}

TEST_F(MailTest, DeadlineRemindersGoOnceToDraftsAndToGuardiansStillToSign) {
  Start(kBeforeDeadline, true);
  Headers drafter = LoginAsPerson(Port(), minors_[0].cpr);
  ASSERT_EQ(Put(Port(), "/api/v1/me/application", Draft(0, R"({"email": "ung@example.dk"})"), drafter).status, 200);
  Apply(minors_[1], R"({"email": "ung1@example.dk", "guardian_emails": ["mor1@example.dk"]})");
  server_->Stop();
  Start("2027-02-27T10:00:00Z", false);  // inside the three days before 1 March
  for (int i = 0; i < 50 && Count("SELECT count(*) FROM outbox WHERE kind LIKE 'reminder%'") < 2; ++i) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE kind = 'reminder_draft' AND recipient = 'ung@example.dk'"), 1);
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE kind = 'reminder_signature' AND recipient = 'mor1@example.dk'"), 1);
  server_->Stop();
  Start("2027-02-28T10:00:00Z", false);
  std::this_thread::sleep_for(std::chrono::seconds(1));
  EXPECT_EQ(Count("SELECT count(*) FROM outbox WHERE kind LIKE 'reminder%'"), 2);
}

}  // namespace
}  // namespace optagelse::testing
