// Who has looked at my data (privacy notice: the right of insight; issue "Who may see what"):
//   GET /api/v1/me/audit   wire::AuditTrailSeen (wire/audit_answers.h)
// newest first, at most 500. Staff are named by their organisation (a school's name, a municipality,
// a region); a guardian by their own name unless it is protected; the person's own actions say "self".
#include "audit/audit_log.h"
#include "audit/audit_request.h"
#include "audit/audit_view.h"
#include "auth/request_auth.h"
#include "http/json_response.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

constexpr int kShown = 500;

void Mine(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kReadOwnAuditTrail);
    if (!session) return;
    auto entries = audit::EntriesAbout(context.db, session->organisation, kShown);
    if (!entries) return http::WriteProblem(response, 503, entries.error());
    const wire::AuditTrailSeen trail{audit::EntriesAsSeenBy(context.db, *entries, session->organisation)};
    if (!audit::Record(context, *session, request, response, "read own audit trail", {session->organisation})) return;
    http::WriteJson(response, 200, wire::EncodeAnswer(trail));
  });
}

}  // namespace

void RegisterMyAuditRoute(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/me/audit", [&context](const auto& request, auto& response) { Mine(context, request, response); });
}

}  // namespace optagelse::routes
