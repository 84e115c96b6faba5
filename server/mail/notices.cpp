// Who is told what, and when: see notices.h.
#include "mail/notices.h"

#include "clock.h"
#include "crypto/digest.h"
#include "mail/outbox_store.h"
#include "notifications/notice_timing.h"

namespace optagelse::mail {
namespace {

using notifications::NoticeKind;

Result<OutboxMessage> Compose(const NoticeSettings& settings, NoticeKind kind, std::string_view language,
                              notifications::NoticeFacts facts) {
  const auto token = crypto::RandomHex(16);
  if (!token) return Fail(MakeError(ErrorCode::kInternal, "outbox", "random"));
  facts.service_url = settings.public_url;
  const auto text = notifications::ComposeNotice(kind, LanguageFromTag(language).value_or(Language::kDanish), facts);
  OutboxMessage message;
  message.message_id = "<" + *token + "@" + settings.message_host + ">";
  message.kind = std::string(notifications::NoticeKindName(kind));
  message.audience = std::string(notifications::AudienceName(notifications::AudienceOf(kind)));
  message.language = std::string(language);
  message.subject = text.subject;
  message.body_text = text.plain;
  message.body_html = text.html;
  message.created_at = message.due_at = clock::NowSeconds();
  return message;
}

// A reminder goes once per application, kind and address; a change receipt waits for its quiet
// time and the changes made meanwhile join it.
Result<void> Add(store::Database& db, OutboxMessage message) {
  const auto kind = notifications::NoticeKindFromName(message.kind);
  if (kind == NoticeKind::kReminderDraft || kind == NoticeKind::kReminderSignature) {
    message.once_key = message.kind + ":" + std::to_string(message.application_id) + ":" + message.recipient;
  }
  if (kind == NoticeKind::kApplicationChanged) {
    auto waiting = HasPending(db, message.kind, message.application_id, message.recipient);
    if (!waiting) return Fail(waiting.error());
    if (*waiting) return {};
    message.due_at += notifications::kChangeQuietSeconds;
  }
  return AddMessage(db, message);
}

Result<std::string> GuardiansLanguage(store::Database& db, const std::string& child_cpr) {
  auto statement = db.Prepare(
      "SELECT l.language FROM guardianships g JOIN person_languages l ON l.cpr = g.guardian_cpr"
      " WHERE g.child_cpr = ? AND g.custody = 1 ORDER BY g.guardian_cpr LIMIT 1");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, child_cpr);
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  if (*row) return statement->ColumnText(0);
  return LanguageOf(db, child_cpr);
}

std::string Reference(const store::StoredApplication& application) {
  return std::to_string(application.admission_year) + "-" + std::to_string(application.id);
}

}  // namespace

Result<void> TellApplicant(store::Database& db, const NoticeSettings& settings, NoticeKind kind,
                           const store::StoredApplication& application, notifications::NoticeFacts facts) {
  auto language = LanguageOf(db, application.applicant_cpr);
  if (!language) return Fail(language.error());
  if (facts.reference.empty()) facts.reference = Reference(application);
  auto message = Compose(settings, kind, *language, std::move(facts));
  if (!message) return Fail(message.error());
  message->about_cpr = application.applicant_cpr;
  message->application_id = application.id;
  message->recipient = application.content.contact.email;
  return Add(db, std::move(*message));
}

Result<void> TellGuardians(store::Database& db, const NoticeSettings& settings, NoticeKind kind,
                           const store::StoredApplication& application, notifications::NoticeFacts facts) {
  // An address does not say which guardian it is: the language a guardian with custody last used,
  // else the applicant's.
  auto language = GuardiansLanguage(db, application.applicant_cpr);
  if (!language) return Fail(language.error());
  if (facts.reference.empty()) facts.reference = Reference(application);
  std::vector<std::string> addresses = application.content.contact.guardian_emails;
  if (addresses.empty()) addresses.push_back("");  // shown to the guardians in the app, not sent
  for (const std::string& address : addresses) {
    auto message = Compose(settings, kind, *language, facts);
    if (!message) return Fail(message.error());
    message->about_cpr = application.applicant_cpr;
    message->application_id = application.id;
    message->recipient = address;
    if (auto added = Add(db, std::move(*message)); !added) return Fail(added.error());
  }
  return {};
}

Result<void> TellApplicantsTheAnswer(store::Database& db, const NoticeSettings& settings, const std::vector<std::string>& applicant_cprs,
                                     int admission_year) {
  for (const std::string& cpr : applicant_cprs) {
    auto application = store::FindApplication(db, cpr, admission_year);
    if (!application) return Fail(application.error());
    if (!*application) continue;
    if (auto told = TellApplicant(db, settings, NoticeKind::kAnswerPublished, **application); !told) return Fail(told.error());
  }
  return {};
}

Result<void> TellSchool(store::Database& db, const NoticeSettings& settings, NoticeKind kind, std::string_view institution,
                        notifications::NoticeFacts facts) {
  auto message = Compose(settings, kind, "da", std::move(facts));
  if (!message) return Fail(message.error());
  message->institution = std::string(institution);
  auto statement = db.Prepare("SELECT email FROM institutions WHERE number = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, institution);
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  if (*row) message->recipient = statement->ColumnText(0);
  return Add(db, std::move(*message));
}

std::string HostOf(std::string_view url) {
  const auto scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  const auto end = url.find_first_of(":/?#");
  url = url.substr(0, end);
  return url.empty() ? std::string("optagelse.invalid") : std::string(url);
}

}  // namespace optagelse::mail
