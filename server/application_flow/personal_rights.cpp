// The person's rights over their application data: see personal_rights.h.
#include "application_flow/personal_rights.h"

#include "applications/application_validation.h"
#include "clock.h"
#include "retention/retention_plan.h"
#include "wire/application_wire.h"

namespace optagelse::applications_service {
namespace {

Refusal Refuse(int status, Problem problem) { return Refusal{status, {std::move(problem)}}; }

// The current year's application at the version the caller last saw.
Outcome<store::StoredApplication> Current(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  const auto version = wire::RequiredInteger(body, "version");
  if (!version) return tl::unexpected(Refuse(400, version.error()));
  auto stored = store::FindApplication(context.db, session.organisation, context.application_year);
  if (!stored) return tl::unexpected(Refuse(503, stored.error()));
  if (!*stored) return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationWrongStatus, "status", "none")));
  if ((*stored)->version != *version) {
    return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationVersionConflict, "version", std::to_string((*stored)->version))));
  }
  return std::move(**stored);
}

// "kept until" for a refusal: the day the retention job deletes the year's application data.
std::string DeletionDay(const ServiceContext& context, int admission_year) {
  const auto decision = retention::DecideApplication(context.rules.Retention(), {0, admission_year}, Date{});
  return decision.known ? FormatIsoDate(decision.delete_on) : std::string("?");
}

}  // namespace

Outcome<store::StoredApplication> CorrectContact(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  auto application = Current(context, session, body);
  if (!application) return tl::unexpected(application.error());
  if (!body.contains("contact")) return tl::unexpected(Refuse(400, MakeError(ErrorCode::kMissingField, "contact")));
  auto contact = wire::ContactFromJson(body["contact"]);
  if (!contact) return tl::unexpected(Refuse(422, contact.error()));
  // A correction of the applicant's own e-mail or phone keeps the guardians' addresses unless it names them.
  if (!body["contact"].contains("guardian_emails")) contact->guardian_emails = application->content.contact.guardian_emails;
  // A submitted application must keep a way to reach the applicant; a draft only gets the warning.
  const auto stage = application->submitted ? applications::Stage::kSubmit : applications::Stage::kDraft;
  auto problems = applications::ValidateContact(*contact, stage);
  if (applications::HasErrors(problems)) return tl::unexpected(Refusal{422, std::move(problems)});
  if (application->content.contact == *contact) return std::move(*application);
  application->content.contact = std::move(*contact);
  application->version += 1;
  application->updated_at = clock::NowIso();
  auto saved = store::SaveApplication(context.db, *application);
  if (!saved) return tl::unexpected(Refuse(503, saved.error()));
  if (auto done = store::AppendEvent(context.db, application->id,
                                     {application->version, "contact_corrected", std::string(auth::RoleName(session.role)),
                                      session.organisation, clock::NowIso(), R"({"changed":["contact"]})"});
      !done) {
    return tl::unexpected(Refuse(503, done.error()));
  }
  return std::move(*application);
}

Outcome<std::int64_t> EraseDraft(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  auto application = Current(context, session, body);
  if (!application) return tl::unexpected(application.error());
  auto submitted = store::EverSubmitted(context.db, application->id);
  if (!submitted) return tl::unexpected(Refuse(503, submitted.error()));
  if (*submitted || application->submitted) {
    return tl::unexpected(RefuseWith(MakeError(ErrorCode::kErasureNotAllowed, "application",
                                               DeletionDay(context, application->admission_year))));
  }
  if (auto done = store::DeleteApplication(context.db, application->id); !done) return tl::unexpected(Refuse(503, done.error()));
  return application->id;
}

Outcome<void> EraseAttachment(ServiceContext& context, const auth::Session& session, const std::string& sha256) {
  auto found = store::FindAttachment(context.db, session.organisation, sha256, false);
  if (!found) return tl::unexpected(Refuse(503, found.error()));
  if (!*found) return tl::unexpected(Refuse(404, MakeError(ErrorCode::kAttachmentNotFound, "attachment", sha256)));
  auto years = context.db.Prepare("SELECT admission_year FROM applications WHERE applicant_cpr = ?");
  if (!years) return tl::unexpected(Refuse(503, years.error()));
  years->Bind(1, session.organisation);
  std::vector<int> admission_years;
  while (years->Step().value_or(false)) admission_years.push_back(static_cast<int>(years->ColumnInt(0)));
  for (const int year : admission_years) {
    auto stored = store::FindApplication(context.db, session.organisation, year);
    if (!stored) return tl::unexpected(Refuse(503, stored.error()));
    if (!*stored) continue;
    for (const auto& claim : (*stored)->content.forrang) {
      if (claim.attachment == sha256) {
        return tl::unexpected(Refuse(409, MakeError(ErrorCode::kAttachmentInUse, "attachment", std::to_string(claim.wish))));
      }
    }
  }
  auto statement = context.db.Prepare("DELETE FROM attachments WHERE owner_cpr = ? AND sha256 = ?");
  if (!statement) return tl::unexpected(Refuse(503, statement.error()));
  statement->Bind(1, session.organisation).Bind(2, sha256);
  if (auto done = statement->Run(); !done) return tl::unexpected(Refuse(503, done.error()));
  return {};
}

}  // namespace optagelse::applications_service
