// What the service tells people by message (docs/notifications.md): one kind per event, the
// audience it goes to, and the names the outbox stores. The texts are in notice_text.h.
#pragma once

#include <optional>
#include <string_view>

namespace optagelse::notifications {

enum class NoticeKind {
  kApplicationSent,      // to the applicant: the application was sent (a receipt)
  kApplicationChanged,   // to the applicant: it changed after it was sent (a receipt)
  kSignatureRequested,   // to the guardians: a minor's application waits for a signature
  kSigned,               // to the applicant: a guardian signed
  kDeclined,             // to the applicant: a guardian declined, with the guardian's comment
  kSignatureVoided,      // to the guardians: a change voided the signature; sign again
  kReminderDraft,        // to the applicant: 3 days before the deadline, a draft never sent
  kReminderSignature,    // to the guardians: 3 days before the deadline, still not signed
  kForrangDecided,       // to the applicant: a forrang claim was decided
  kAnswerPublished,      // to the applicant: the answer (the placement) is out
  kActivityReported,     // to the applicant: the report of another activity was received
  kPupilReportProcessed  // to a school: its pupil report was processed, with the counts
};

enum class Audience { kApplicant, kGuardians, kSchool };

Audience AudienceOf(NoticeKind kind);
std::string_view NoticeKindName(NoticeKind kind);
std::optional<NoticeKind> NoticeKindFromName(std::string_view name);
std::string_view AudienceName(Audience audience);

}  // namespace optagelse::notifications
