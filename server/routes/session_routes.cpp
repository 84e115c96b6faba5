// The login simulator: POST /api/v1/session {"role": "school", "organisation": "101002"} logs a
// staff member in, {"role": "citizen", "cpr": "..."} a person from the CPR register (real MitID
// cannot be reached here; an OpenID Connect provider would replace this route); GET shows the
// session, DELETE logs out. The organisation must exist: an institution for school and institution
// staff, a region code (1081-1085) for region staff, a municipality with institutions for
// counsellors (KUI).
#include "auth/request_auth.h"
#include "auth/session.h"
#include "cpr/cpr_number.h"
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

// The organisation the session will act for, or the problem with the request.
Result<std::string> OrganisationFor(ServiceContext& context, auth::Role role, const wire::Json& body) {
  if (role == auth::Role::kCitizen) {
    auto cpr = wire::RequiredString(body, "cpr");
    if (!cpr) return Fail(cpr.error());
    const cpr::CprCheck check = cpr::CheckCpr(*cpr);
    if (check.normalized.empty() || !store::SqliteCprRegister(context.db).Lookup(check.normalized)) {
      return Fail(MakeError(ErrorCode::kCprNotInRegister, "cpr"));
    }
    return check.normalized;
  }
  auto organisation = wire::RequiredString(body, "organisation");
  if (!organisation) return Fail(organisation.error());
  if (role == auth::Role::kRegion) {
    // The five regions' codes (Nordjylland 1081, Midtjylland 1082, Syddanmark 1083, Hovedstaden 1084, Sjælland 1085).
    for (const char* code : {"1081", "1082", "1083", "1084", "1085"}) {
      if (*organisation == code) return *organisation;
    }
    return Fail(MakeError(ErrorCode::kUnknownReference, "organisation", *organisation));
  }
  if (role == auth::Role::kCounsellor) {
    auto statement = context.db.Prepare("SELECT count(*) FROM institutions WHERE CAST(municipality_code AS TEXT) = ?");
    if (!statement) return Fail(statement.error());
    statement->Bind(1, *organisation);
    auto row = statement->Step();
    if (!row || !*row || statement->ColumnInt(0) == 0) {
      return Fail(MakeError(ErrorCode::kUnknownReference, "organisation", *organisation));
    }
    return *organisation;
  }
  if (!store::SqliteInstitutionCatalog(context.db).FindInstitution(*organisation)) {
    return Fail(MakeError(ErrorCode::kUnknownInstitution, "organisation", *organisation));
  }
  return *organisation;
}

void Login(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  auto body = http::ReadJsonBody(request);
  if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
  auto role_name = wire::RequiredString(*body, "role");
  if (!role_name) return http::WriteProblem(response, 400, role_name.error());
  const auto role = auth::RoleFromName(*role_name);
  if (!role) {
    return http::WriteProblem(response, 400,
                              MakeError(ErrorCode::kWrongFieldType, "role", "school|counsellor|institution|region|citizen"));
  }
  std::lock_guard lock(context.db_mutex);
  auto organisation = OrganisationFor(context, *role, *body);
  if (!organisation) return http::WriteProblem(response, 400, organisation.error());
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
