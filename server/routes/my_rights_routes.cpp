// The person's rights over their application data (application_flow/personal_rights.h):
//   PUT    /api/v1/me/contact                 {"version": n, "contact": {"email", "phone"}}: rectification, any time
//   DELETE /api/v1/me/application             {"version": n}: erase a draft never submitted
//   DELETE /api/v1/me/attachments/{sha256}    erase an attachment no claim names
// Each in one transaction with its audit row; a refusal changes nothing and says why (a submitted
// application: kept by law until the date the retention job deletes it).
#include "application_flow/application_state.h"
#include "application_flow/personal_rights.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

namespace service = applications_service;

// Authorises the person, opens the transaction, runs `act`, audits it and commits; writes the answer.
template <typename Act>
void InTransaction(ServiceContext& context, const httplib::Request& request, httplib::Response& response, std::string_view what,
                   Act act) {
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kWriteOwnApplication);
    if (!session) return;
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    service::Outcome<std::pair<wire::Json, std::string>> done = act(*session);  // the answer and the audit detail
    if (!done) return http::WriteProblems(response, done.error().status, done.error().problems);
    if (!audit::Record(context, *session, request, response, what, {session->organisation}, done->second)) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    http::WriteJson(response, 200, done->first);
  });
}

service::Outcome<wire::Json> Body(const httplib::Request& request) {
  auto body = http::ReadJsonBody(request);
  if (!body) return tl::unexpected(service::Refusal{http::StatusFor(body.error().code), {body.error()}});
  return std::move(*body);
}

}  // namespace

void RegisterMyRightsRoutes(httplib::Server& server, ServiceContext& context) {
  server.Put("/api/v1/me/contact", [&context](const httplib::Request& request, httplib::Response& response) {
    InTransaction(context, request, response, "correct own contact data",
                  [&](const auth::Session& session) -> service::Outcome<std::pair<wire::Json, std::string>> {
                    auto body = Body(request);
                    if (!body) return tl::unexpected(body.error());
                    auto corrected = service::CorrectContact(context, session, *body);
                    if (!corrected) return tl::unexpected(corrected.error());
                    auto rules = service::ApplicationRulesFor(context, corrected->admission_year);
                    if (!rules) return tl::unexpected(service::Refusal{503, {rules.error()}});
                    auto state = service::StateOf(context.db, *corrected, **rules, clock::NowSeconds());
                    if (!state) return tl::unexpected(service::Refusal{503, {state.error()}});
                    const wire::ApplicationChangeAnswer answer{
                        service::ApplicationViewOf(context.db, *corrected, *state, service::Audience::kApplicant), nullptr, false};
                    return std::pair{wire::EncodeAnswer(answer), std::to_string(corrected->id)};
                  });
  });
  server.Delete("/api/v1/me/application", [&context](const httplib::Request& request, httplib::Response& response) {
    InTransaction(context, request, response, "erase own draft",
                  [&](const auth::Session& session) -> service::Outcome<std::pair<wire::Json, std::string>> {
                    auto body = Body(request);
                    if (!body) return tl::unexpected(body.error());
                    auto erased = service::EraseDraft(context, session, *body);
                    if (!erased) return tl::unexpected(erased.error());
                    return std::pair{wire::Json{{"erased", "application"}, {"id", *erased}}, std::to_string(*erased)};
                  });
  });
  server.Delete(R"(/api/v1/me/attachments/([0-9a-f]{64}))", [&context](const httplib::Request& request, httplib::Response& response) {
    const std::string sha256 = request.matches[1];
    InTransaction(context, request, response, "erase own attachment",
                  [&](const auth::Session& session) -> service::Outcome<std::pair<wire::Json, std::string>> {
                    auto erased = service::EraseAttachment(context, session, sha256);
                    if (!erased) return tl::unexpected(erased.error());
                    return std::pair{wire::Json{{"erased", "attachment"}, {"sha256", sha256}}, sha256};
                  });
  });
}

}  // namespace optagelse::routes
