// The login simulator: POST /api/v1/session {"role": "school", "organisation": "101002"} logs a
// staff member in (real MitID cannot be reached here; an OpenID Connect provider would replace
// this route), GET shows the session, DELETE logs out. The organisation must exist.
#include "auth/request_auth.h"
#include "auth/session.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"
#include "store/register_lookup.h"

namespace optagelse::routes {
namespace {

constexpr int kSessionCookieSeconds = 8 * 60 * 60;

wire::Json SessionToJson(const auth::Session& session) {
  return wire::Json{{"role", auth::RoleName(session.role)},
                    {"organisation", session.organisation},
                    {"csrf_token", session.csrf_token}};
}

void Login(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  auto body = http::ReadJsonBody(request);
  if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
  auto role_name = wire::RequiredString(*body, "role");
  if (!role_name) return http::WriteProblem(response, 400, role_name.error());
  auto organisation = wire::RequiredString(*body, "organisation");
  if (!organisation) return http::WriteProblem(response, 400, organisation.error());
  const auto role = auth::RoleFromName(*role_name);
  if (!role) return http::WriteProblem(response, 400, MakeError(ErrorCode::kWrongFieldType, "role", "school"));
  std::lock_guard lock(context.db_mutex);
  if (!store::SqliteInstitutionCatalog(context.db).FindInstitution(*organisation)) {
    return http::WriteProblem(response, 400, MakeError(ErrorCode::kUnknownInstitution, "organisation", *organisation));
  }
  auto created = auth::CreateSession(context.db, *role, *organisation, auth::NowSeconds());
  if (!created) return http::WriteProblem(response, 503, created.error());
  response.set_header("Set-Cookie", auth::SessionCookie(created->token, kSessionCookieSeconds));
  http::WriteJson(response, 200, SessionToJson(created->session));
}

}  // namespace

void RegisterSessionRoutes(httplib::Server& server, ServiceContext& context) {
  server.Post("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    Login(context, request, response);
  });
  server.Get("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    std::lock_guard lock(context.db_mutex);
    const auto session = auth::FindSession(context.db, request, auth::NowSeconds());
    if (!session) return http::WriteProblem(response, 401, MakeError(ErrorCode::kNotLoggedIn, "session"));
    http::WriteJson(response, 200, SessionToJson(*session));
  });
  server.Delete("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    std::lock_guard lock(context.db_mutex);
    auth::DeleteSession(context.db, request);
    response.set_header("Set-Cookie", auth::SessionCookie("", 0));
    http::WriteJson(response, 200, wire::Json{{"logged_out", true}});
  });
}

}  // namespace optagelse::routes
