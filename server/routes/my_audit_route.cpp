// Who has looked at my data (privacy notice: the right of insight; issue "Who may see what"):
//   GET /api/v1/me/audit   {"entries": [{"at", "actor_role", "actor", "actor_name", "action", "detail"}]}
// newest first, at most 500. Staff are named by their organisation (a school's name, a municipality,
// a region); a guardian by their own name unless it is protected; the person's own actions say "self".
#include "audit/audit_log.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "store/register_lookup.h"

namespace optagelse::routes {
namespace {

constexpr int kShown = 500;

// The name of who acted: a citizen other than me by name (unless protected), a school by its name;
// null otherwise (me, a municipality, a region: the actor field says which).
wire::Json ActorName(store::Database& db, const audit::AuditEntry& entry, const std::string& me) {
  if (entry.actor_role == "citizen") {
    if (entry.actor == me) return nullptr;
    const auto person = store::SqliteCprRegister(db).Lookup(entry.actor);
    return person && !person->name_protected ? wire::Json(person->name) : wire::Json(nullptr);
  }
  if (entry.actor_role == "school" || entry.actor_role == "institution") {
    const store::SqliteInstitutionCatalog catalog(db);  // owns what FindInstitution points into
    const registry::Institution* institution = catalog.FindInstitution(entry.actor);
    return institution ? wire::Json(institution->name) : wire::Json(nullptr);
  }
  return nullptr;
}

void Mine(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  std::lock_guard lock(context.db_mutex);
  const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kReadOwnAuditTrail);
  if (!session) return;
  auto entries = audit::EntriesAbout(context.db, session->organisation, kShown);
  if (!entries) return http::WriteProblem(response, 503, entries.error());
  wire::Json list = wire::Json::array();
  for (const audit::AuditEntry& entry : *entries) {
    const bool self = entry.actor_role == "citizen" && entry.actor == session->organisation;
    list.push_back({{"at", entry.at},
                    {"actor_role", entry.actor_role},
                    // Another citizen's CPR number (a guardian's) is not shown; their name is, unless protected.
                    {"actor", entry.actor_role == "citizen" ? wire::Json(self ? "self" : "guardian") : wire::Json(entry.actor)},
                    {"actor_name", ActorName(context.db, entry, session->organisation)},
                    {"action", entry.action},
                    {"detail", entry.detail}});
  }
  if (!audit::Record(context, *session, request, response, "read own audit trail", {session->organisation})) return;
  http::WriteJson(response, 200, wire::Json{{"entries", std::move(list)}});
}

}  // namespace

void RegisterMyAuditRoute(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/me/audit", [&context](const auto& request, auto& response) { Mine(context, request, response); });
}

}  // namespace optagelse::routes
