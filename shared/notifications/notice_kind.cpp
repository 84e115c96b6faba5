// Names and audiences of the notice kinds: see notice_kind.h.
#include "notifications/notice_kind.h"

#include <array>
#include <utility>

namespace optagelse::notifications {
namespace {

constexpr std::array<std::pair<NoticeKind, std::string_view>, 12> kNames{{
    {NoticeKind::kApplicationSent, "application_sent"},
    {NoticeKind::kApplicationChanged, "application_changed"},
    {NoticeKind::kSignatureRequested, "signature_requested"},
    {NoticeKind::kSigned, "signed"},
    {NoticeKind::kDeclined, "declined"},
    {NoticeKind::kSignatureVoided, "signature_voided"},
    {NoticeKind::kReminderDraft, "reminder_draft"},
    {NoticeKind::kReminderSignature, "reminder_signature"},
    {NoticeKind::kForrangDecided, "forrang_decided"},
    {NoticeKind::kAnswerPublished, "answer_published"},
    {NoticeKind::kActivityReported, "activity_reported"},
    {NoticeKind::kPupilReportProcessed, "pupil_report_processed"},
}};

}  // namespace

Audience AudienceOf(NoticeKind kind) {
  switch (kind) {
    case NoticeKind::kSignatureRequested:
    case NoticeKind::kSignatureVoided:
    case NoticeKind::kReminderSignature:
      return Audience::kGuardians;
    case NoticeKind::kPupilReportProcessed:
      return Audience::kSchool;
    default:
      return Audience::kApplicant;
  }
}

std::string_view NoticeKindName(NoticeKind kind) {
  for (const auto& [known, name] : kNames) {
    if (known == kind) return name;
  }
  return "unknown";
}

std::optional<NoticeKind> NoticeKindFromName(std::string_view name) {
  for (const auto& [kind, known] : kNames) {
    if (known == name) return kind;
  }
  return std::nullopt;
}

std::string_view AudienceName(Audience audience) {
  switch (audience) {
    case Audience::kApplicant: return "applicant";
    case Audience::kGuardians: return "guardians";
    case Audience::kSchool: return "school";
  }
  return "applicant";
}

}  // namespace optagelse::notifications
