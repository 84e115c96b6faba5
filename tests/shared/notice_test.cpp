// The messages' words and timing in the core: every kind has a subject and says where to log in
// in both languages; the guardian's comment is HTML-escaped; a reminder's window is the three
// days before the deadline; retry delays double up to an hour. Guardian e-mail addresses: at most
// two, each checked, no line breaks or second addresses.
#include <gtest/gtest.h>

#include "applications/application_validation.h"
#include "notifications/notice_kind.h"
#include "notifications/notice_text.h"
#include "notifications/notice_timing.h"
#include "wire/application_wire.h"

namespace optagelse::notifications {
namespace {

TEST(Notices, EveryKindHasWordsInBothLanguagesAndTheLink) {
  for (int k = 0; k <= static_cast<int>(NoticeKind::kPupilReportProcessed); ++k) {
    const auto kind = static_cast<NoticeKind>(k);
    ASSERT_EQ(NoticeKindFromName(NoticeKindName(kind)), kind);
    NoticeFacts facts;
    facts.service_url = "https://optagelse.example.dk";
    facts.deadline = Date{2027, 3, 1};
    const NoticeText danish = ComposeNotice(kind, Language::kDanish, facts);
    const NoticeText english = ComposeNotice(kind, Language::kEnglish, facts);
    EXPECT_FALSE(danish.subject.empty());
    EXPECT_NE(danish.subject, english.subject) << NoticeKindName(kind);
    EXPECT_NE(danish.plain.find("Log ind på https://optagelse.example.dk"), std::string::npos) << NoticeKindName(kind);
    EXPECT_NE(english.html.find("<a href=\"https://optagelse.example.dk\">"), std::string::npos) << NoticeKindName(kind);
    EXPECT_NE(english.html.find("lang=\"en\""), std::string::npos);
  }
  EXPECT_EQ(AudienceOf(NoticeKind::kSignatureRequested), Audience::kGuardians);
  EXPECT_EQ(AudienceOf(NoticeKind::kPupilReportProcessed), Audience::kSchool);
  EXPECT_EQ(AudienceOf(NoticeKind::kSigned), Audience::kApplicant);
}

TEST(Notices, RemindersNameTheDeadlineAndTheCommentIsEscaped) {
  NoticeFacts facts;
  facts.deadline = Date{2027, 3, 1};
  EXPECT_NE(ComposeNotice(NoticeKind::kReminderDraft, Language::kDanish, facts).plain.find("Fristen er 1. marts 2027."), std::string::npos);
  EXPECT_NE(ComposeNotice(NoticeKind::kReminderDraft, Language::kEnglish, facts).plain.find("The deadline is 1 March 2027."),
            std::string::npos);
  facts.comment = "<script>alert(1)</script> & mere";
  const NoticeText declined = ComposeNotice(NoticeKind::kDeclined, Language::kDanish, facts);
  EXPECT_NE(declined.plain.find("<script>alert(1)</script> & mere"), std::string::npos);
  EXPECT_EQ(declined.html.find("<script>"), std::string::npos);
  EXPECT_NE(declined.html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; mere"), std::string::npos);
  facts.rows_accepted = 120;
  facts.rows_rejected = 3;
  EXPECT_NE(ComposeNotice(NoticeKind::kPupilReportProcessed, Language::kDanish, facts).plain.find("120 elever taget ind, 3 rækker ikke taget ind"),
            std::string::npos);
}

TEST(Notices, ReminderWindowAndRetryDelays) {
  const std::int64_t deadline = 1'803'941'999;  // 1 March 2027 23:59:59 CET
  EXPECT_TRUE(InReminderWindow(deadline, deadline - 3 * 24 * 3600));
  EXPECT_FALSE(InReminderWindow(deadline, deadline - 3 * 24 * 3600 - 1));
  EXPECT_TRUE(InReminderWindow(deadline, deadline - 1));
  EXPECT_FALSE(InReminderWindow(deadline, deadline));
  EXPECT_EQ(RetryDelaySeconds(1, 60), 60);
  EXPECT_EQ(RetryDelaySeconds(2, 60), 120);
  EXPECT_EQ(RetryDelaySeconds(4, 60), 480);
  EXPECT_EQ(RetryDelaySeconds(30, 60), kMaxRetryDelaySeconds);
  EXPECT_EQ(RetryDelaySeconds(1, 0), 1);
}

TEST(Notices, GuardianAddressesAreAtMostTwoAndPlain) {
  auto contact = wire::ContactFromJson(*wire::ParseJson(R"({"email": "ung@example.dk", "guardian_emails": ["mor@example.dk", "far@example.dk", "x@y.dk"]})"));
  ASSERT_TRUE(contact.has_value());
  auto problems = applications::ValidateContact(*contact, applications::Stage::kDraft);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, ErrorCode::kApplicationTooManyGuardianEmails);
  EXPECT_EQ(problems[0].field, "contact.guardian_emails");
  for (const char* bad : {"mor@example.dk\r\nBcc: x@evil.dk", "mor@example.dk, far@example.dk", "<mor@example.dk>", "mor@exa mple.dk"}) {
    contact->guardian_emails = {bad};
    problems = applications::ValidateContact(*contact, applications::Stage::kDraft);
    ASSERT_EQ(problems.size(), 1u) << bad;
    EXPECT_EQ(problems[0].code, ErrorCode::kApplicationInvalidEmail) << bad;
    EXPECT_EQ(problems[0].field, "contact.guardian_emails[0]");
  }
  EXPECT_FALSE(wire::ContactFromJson(*wire::ParseJson(R"({"guardian_emails": "mor@example.dk"})")).has_value());
  EXPECT_FALSE(wire::ContactFromJson(*wire::ParseJson(R"({"guardian_emails": [7]})")).has_value());
}

}  // namespace
}  // namespace optagelse::notifications
