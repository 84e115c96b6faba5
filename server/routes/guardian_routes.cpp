// Guardians (docs/domain.md "The application", "Privacy rules"): a person with custody of an applicant
// under 18 sees the child's application and its signature status, and signs or declines it.
//   GET  /api/v1/me/children                         my children under 18, their applications, notices
//                                                    (wire::GuardianChildren)
//   POST /api/v1/applications/{id}/signature         {"decision": "sign"|"decline", "comment": "...",
//                                                     "content_sha256": "<the content I read>"}
// The signature covers the content's hash: if the application changed since the guardian read it,
// signing is refused (409) rather than signing something unseen.
#include <algorithm>

#include "application_flow/application_state.h"
#include "application_flow/guardians.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "mail/notices.h"
#include "mail/request_language.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "store/register_lookup.h"
#include "wire/guardian_answers.h"

namespace optagelse::routes {
namespace {

namespace service = applications_service;

constexpr std::size_t kMaxCommentLength = 1000;

bool HasCustodyOfMinor(store::Database& db, const auth::Session& session, std::string_view child_cpr) {
  if (session.role != auth::Role::kCitizen) return false;
  auto children = store::ChildrenInCustody(db, session.organisation);
  return children && std::find(children->begin(), children->end(), child_cpr) != children->end() &&
         service::IsMinor(child_cpr, clock::Today());
}

void Children(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  std::optional<wire::GuardianChildren> answer;  // written out after the database's turn, which need not wait for that
  context.db_mutex.Run([&] {
    const auto session = auth::Authenticate(context, request, response);
    if (!session) return;
    if (session->role != auth::Role::kCitizen) {
      return http::WriteProblem(response, 403, MakeError(ErrorCode::kForbidden, "role", std::string(auth::RoleName(session->role))));
    }
    auto children = store::ChildrenInCustody(context.db, session->organisation);
    if (!children) return http::WriteProblem(response, 503, children.error());
    store::SqliteCprRegister cpr_register(context.db);
    wire::GuardianChildren children_answer;
    for (const std::string& child_cpr : *children) {
      const auth::Relation relation =
          service::IsMinor(child_cpr, clock::Today()) ? auth::Relation::kCustodyOfMinor : auth::Relation::kNone;
      if (auth::Decide(*session, auth::Action::kReadChildApplication, auth::Resource{"", 0, relation}) != auth::Decision::kAllow) continue;
      const auto child = cpr_register.Lookup(child_cpr);
      if (!child) continue;
      wire::ChildSummary entry{child_cpr, std::nullopt, child->name_protected, std::nullopt};
      if (!child->name_protected) entry.name = child->name;
      auto stored = store::FindApplication(context.db, child_cpr, context.application_year);
      if (!stored) return http::WriteProblem(response, 503, stored.error());
      if (*stored) {
        auto rules = service::ApplicationRulesFor(context, (*stored)->admission_year);
        if (!rules) return http::WriteProblem(response, 404, rules.error());
        auto state = service::StateOf(context.db, **stored, **rules, clock::NowSeconds());
        if (!state) return http::WriteProblem(response, 503, state.error());
        entry.application = service::ApplicationViewOf(context.db, **stored, *state, service::Audience::kGuardian);
      }
      children_answer.children.push_back(std::move(entry));
    }
    auto notices = store::GuardianNotices(context.db, session->organisation);
    if (!notices) return http::WriteProblem(response, 503, notices.error());
    for (const auto& notice : *notices) children_answer.notices.push_back({notice.application_id, notice.kind, notice.at});
    std::vector<std::string> shown;
    for (const wire::ChildSummary& child : children_answer.children) shown.push_back(child.cpr);
    if (!audit::Record(context, *session, request, response, "read child's application", shown)) return;
    answer = std::move(children_answer);
  });
  if (answer) http::WriteJson(response, 200, wire::EncodeAnswer(*answer));
}

Result<std::string> Decision(const wire::Json& body) {
  auto decision = wire::RequiredString(body, "decision");
  if (!decision) return Fail(decision.error());
  if (*decision == "sign") return std::string("signed");
  if (*decision == "decline") return std::string("declined");
  return Fail(MakeError(ErrorCode::kSignatureInvalidDecision, "decision", *decision));
}

void Sign(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  auto body = http::ReadJsonBody(request);
  wire::Json answer;  // written out after the database's turn, as in Children
  context.db_mutex.Run([&] {
    const auto session = auth::Authenticate(context, request, response);
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    auto stored = store::FindApplicationById(context.db, std::stoll(request.matches[1]));
    if (!stored) return http::WriteProblem(response, 503, stored.error());
    const auth::Relation relation = *stored && HasCustodyOfMinor(context.db, *session, (*stored)->applicant_cpr)
                                        ? auth::Relation::kCustodyOfMinor
                                        : auth::Relation::kNone;
    if (auth::Decide(*session, auth::Action::kSignChildApplication, auth::Resource{"", 0, relation}) != auth::Decision::kAllow) {
      // The same answer whether the application exists or not: ids tell strangers nothing.
      return http::WriteProblem(response, 403, MakeError(ErrorCode::kSignatureNotGuardian, "application"));
    }
    store::StoredApplication application = **stored;
    auto decision = Decision(*body);
    if (!decision) return http::WriteProblem(response, 422, decision.error());
    auto seen = wire::RequiredString(*body, "content_sha256");
    if (!seen) return http::WriteProblem(response, 400, seen.error());
    auto comment = wire::OptionalString(*body, "comment");
    if (!comment) return http::WriteProblem(response, 400, comment.error());
    const std::string comment_text = comment->value_or("");
    if (comment_text.size() > kMaxCommentLength) {
      return http::WriteProblem(response, 422, MakeError(ErrorCode::kApplicationTextTooLong, "comment", std::to_string(kMaxCommentLength)));
    }
    auto rules = service::ApplicationRulesFor(context, application.admission_year);
    if (!rules) return http::WriteProblem(response, 404, rules.error());
    auto state = service::StateOf(context.db, application, **rules, clock::NowSeconds());
    if (!state) return http::WriteProblem(response, 503, state.error());
    if (!state->signature_required) return http::WriteProblem(response, 409, MakeError(ErrorCode::kSignatureNotNeeded, "application"));
    if (state->status == applications::Status::kLocked) {
      return http::WriteProblem(response, 409, MakeError(ErrorCode::kApplicationLocked, "status", "locked"));
    }
    if (!application.submitted || application.withdrawn) {
      return http::WriteProblem(response, 409, MakeError(ErrorCode::kApplicationWrongStatus, "status",
                                                         std::string(applications::StatusName(state->status))));
    }
    if (*seen != application.content_sha256) {
      return http::WriteProblem(response, 409, MakeError(ErrorCode::kSignatureContentChanged, "content_sha256"));
    }
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    const auto mine = std::find_if(state->signatures.rbegin(), state->signatures.rend(), [&](const store::SignatureRecord& s) {
      return s.guardian_cpr == session->organisation && s.content_sha256 == application.content_sha256;
    });
    const bool repeated = mine != state->signatures.rend() && mine->decision == *decision && mine->comment == comment_text;
    if (!repeated) {  // the same decision twice (a double click, a retry) is recorded once
      const std::string now = clock::NowIso();
      if (auto done = store::AppendSignature(context.db, application.id, {session->organisation, application.content_sha256, *decision, comment_text, now});
          !done) {
        return http::WriteProblem(response, 503, done.error());
      }
      wire::Json detail{{"content_sha256", application.content_sha256}};
      if (auto done = store::AppendEvent(context.db, application.id, {application.version, *decision, "guardian", session->organisation, now, wire::Dump(detail)});
          !done) {
        return http::WriteProblem(response, 503, done.error());
      }
      notifications::NoticeFacts facts;
      facts.comment = comment_text;
      const auto kind = *decision == "signed" ? notifications::NoticeKind::kSigned : notifications::NoticeKind::kDeclined;
      if (auto told = mail::TellApplicant(context.db, context.notices, kind, application, facts); !told) {
        return http::WriteProblem(response, 503, told.error());
      }
      if (auto noted = mail::RememberLanguageOf(context.db, session->organisation, request); !noted) {
        return http::WriteProblem(response, 503, noted.error());
      }
      auto after = service::StateOf(context.db, application, **rules, clock::NowSeconds());
      if (!after) return http::WriteProblem(response, 503, after.error());
      if (service::IsComplete(application, *after) && !application.completed_at) {
        application.completed_at = clock::NowSeconds();
        if (auto saved = store::SaveApplication(context.db, application); !saved) return http::WriteProblem(response, 503, saved.error());
      }
    }
    if (!audit::Record(context, *session, request, response, std::string(*decision == "signed" ? "sign" : "decline") + " child's application",
                       {application.applicant_cpr}, std::to_string(application.id))) {
      return;
    }
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    auto final_state = service::StateOf(context.db, application, **rules, clock::NowSeconds());
    if (!final_state) return http::WriteProblem(response, 503, final_state.error());
    answer = wire::EncodeAnswer(wire::ApplicationChangeAnswer{
        service::ApplicationViewOf(context.db, application, *final_state, service::Audience::kGuardian), nullptr, false});
  });
  if (!answer.is_null()) http::WriteJson(response, 200, answer);
}

}  // namespace

void RegisterGuardianRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/me/children", [&context](const auto& request, auto& response) { Children(context, request, response); });
  server.Post(R"(/api/v1/applications/(\d{1,15})/signature)", [&context](const auto& request, auto& response) {
    Sign(context, request, response);
  });
}

}  // namespace optagelse::routes
