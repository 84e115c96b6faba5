// Forrang decisions and documentation for the decider: see forrang_decisions.h.
#include "application_flow/forrang_decisions.h"
#include "http/attachment_disposition.h"

#include "audit/audit_request.h"
#include "clock.h"
#include "mail/notices.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "wire/json.h"

namespace optagelse::applications_service {
namespace {

const applications::ForrangClaim* ClaimOn(const store::StoredApplication& application, int rank) {
  for (const auto& claim : application.content.forrang) {
    if (claim.wish == rank) return &claim;
  }
  return nullptr;
}

const std::string* InstitutionOfWish(const store::StoredApplication& application, int rank) {
  const auto& wishes = application.content.wishes;
  if (rank < 1 || rank > static_cast<int>(wishes.size())) return nullptr;
  return &wishes[static_cast<std::size_t>(rank - 1)].institution;
}

}  // namespace

std::optional<store::StoredApplication> ClaimedApplication(ServiceContext& context, const httplib::Request& request,
                                                           httplib::Response& response, int rank, const ClaimFilter& may_decide) {
  auto stored = store::FindApplicationById(context.db, std::stoll(request.matches[2]));
  if (!stored) {
    http::WriteProblem(response, 503, stored.error());
    return std::nullopt;
  }
  const bool open = *stored && (*stored)->submitted && !(*stored)->withdrawn;
  const applications::ForrangClaim* claim = open ? ClaimOn(**stored, rank) : nullptr;
  const std::string* institution = open ? InstitutionOfWish(**stored, rank) : nullptr;
  if (!claim || !institution || !may_decide(*claim, *institution)) {
    http::WriteProblem(response, 404, MakeError(ErrorCode::kForrangNoClaim, "wish", std::to_string(rank)));
    return std::nullopt;
  }
  return std::move(**stored);
}

void WriteForrangDecision(ServiceContext& context, const auth::Session& session, const httplib::Request& request,
                          httplib::Response& response, const store::StoredApplication& application, int rank) {
  const std::string role(auth::RoleName(session.role));
  const std::string& by = session.organisation;
  auto body = http::ReadJsonBody(request);
  if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
  auto decision = wire::RequiredString(*body, "decision");
  if (!decision || (*decision != "granted" && *decision != "refused")) {
    return http::WriteProblem(response, 422, MakeError(ErrorCode::kForrangDecisionInvalid, "decision"));
  }
  auto reason = wire::OptionalString(*body, "reason");
  if (!reason) return http::WriteProblem(response, 400, reason.error());
  const std::string reason_text = reason->value_or("");
  if (*decision == "refused" && reason_text.find_first_not_of(' ') == std::string::npos) {
    return http::WriteProblem(response, 422, MakeError(ErrorCode::kForrangReasonMissing, "reason"));
  }
  if (reason_text.size() > applications::kMaxTextLength) {
    return http::WriteProblem(response, 422, MakeError(ErrorCode::kApplicationTextTooLong, "reason", std::to_string(applications::kMaxTextLength)));
  }
  auto transaction = store::Transaction::Begin(context.db);
  if (!transaction) return http::WriteProblem(response, 503, transaction.error());
  const std::string now = clock::NowIso();
  const std::string ground = ClaimOn(application, rank)->ground;
  store::ForrangDecision record{rank, ground, *decision, reason_text, by, now};
  if (auto done = store::AppendForrangDecision(context.db, application.id, record); !done) return http::WriteProblem(response, 503, done.error());
  wire::Json detail{{"wish", rank}, {"ground", ground}, {"decision", *decision}};
  if (auto done = store::AppendEvent(context.db, application.id, {application.version, "forrang_decided", role, by, now, wire::Dump(detail)});
      !done) {
    return http::WriteProblem(response, 503, done.error());
  }
  if (auto told = mail::TellApplicant(context.db, context.notices, notifications::NoticeKind::kForrangDecided, application); !told) {
    return http::WriteProblem(response, 503, told.error());
  }
  if (!audit::Record(context, session, request, response, "decide forrang", {application.applicant_cpr},
                     std::to_string(application.id) + "/" + std::to_string(rank))) {
    return;
  }
  if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
  http::WriteJson(response, 200, wire::Json{{"wish", rank}, {"ground", ground}, {"decision", *decision}, {"reason", reason_text}, {"at", now}});
}

void WriteClaimDocument(ServiceContext& context, const auth::Session& session, const httplib::Request& request,
                        httplib::Response& response, std::int64_t application_id, const std::string& sha256,
                        const ClaimFilter& may_decide) {
  auto stored = store::FindApplicationById(context.db, application_id);
  if (!stored) return http::WriteProblem(response, 503, stored.error());
  bool documents_a_claim = false;
  if (*stored && (*stored)->submitted) {
    for (const auto& claim : (*stored)->content.forrang) {
      const std::string* institution = InstitutionOfWish(**stored, claim.wish);
      documents_a_claim = documents_a_claim || (claim.attachment == sha256 && institution && may_decide(claim, *institution));
    }
  }
  if (!documents_a_claim) return http::WriteProblem(response, 404, MakeError(ErrorCode::kAttachmentNotFound, "attachment", sha256));
  auto attachment = store::FindAttachment(context.db, (*stored)->applicant_cpr, sha256, true);
  if (!attachment) return http::WriteProblem(response, 503, attachment.error());
  if (!*attachment) return http::WriteProblem(response, 404, MakeError(ErrorCode::kAttachmentNotFound, "attachment", sha256));
  if (!audit::Record(context, session, request, response, "read forrang documentation", {(*stored)->applicant_cpr}, sha256)) return;
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Content-Disposition", http::AttachmentDisposition(http::AttachmentFallbackName(sha256, (*attachment)->media_type),
                                                                         (*attachment)->file_name));
  response.set_content((*attachment)->content, (*attachment)->media_type);
}

}  // namespace optagelse::applications_service
