// Sessions: POST /api/v1/session logs in through the demo's login simulator (auth/simulated_login.h),
// only on a server started with --demo-login yes; real logins come through the OpenID provider
// (oidc_routes.cpp). GET shows the session (with its CSRF token), GET .../methods says which ways
// to log in this server offers and whether the request's cookie names a live session, DELETE logs out (with the token) and names the provider's logout.
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "auth/identity_provider.h"
#include "auth/session.h"
#include "cpr/cpr_number.h"
#include "http/client_address.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

constexpr int kSessionCookieSeconds = 8 * 60 * 60;

wire::Json SessionToJson(const auth::Session& session) {
  return wire::Json{{"role", auth::RoleName(session.role)},
                    {"organisation", session.organisation},
                    {"csrf_token", session.csrf_token},
                    {"identity_provider", session.login_method}};
}

// Whom a well-formed login attempt names, before anyone has checked it: a CPR number (by its
// normalised form), or an organisation number; "" for anything malformed (an unknown role, a value
// of the wrong shape or size), which then counts against the client's address only - so nobody can
// spend another person's attempts by sending nonsense in their name.
std::string NamedPerson(const wire::Json& body) {
  if (!body.is_object() || !body.contains("role") || !body["role"].is_string()) return "";
  const auto role = auth::RoleFromName(body["role"].get<std::string>());
  if (!role) return "";
  const char* field = *role == auth::Role::kCitizen ? "cpr" : "organisation";
  if (!body.contains(field) || !body[field].is_string()) return "";
  const std::string named = body[field].get<std::string>();
  if (*role == auth::Role::kCitizen) {
    if (named.size() > 11) return "";
    const std::string normalized = cpr::CheckCpr(named).normalized;
    return normalized.empty() ? "" : "cpr:" + normalized;
  }
  const bool digits = named.size() >= 3 && named.size() <= 6 &&
                      named.find_first_not_of("0123456789") == std::string::npos;  // municipality, region or INSTNR
  return digits ? "org:" + named : "";
}

void Login(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  // Without --demo-login yes nobody can name who they are: a real server logs in through its provider.
  if (!context.identity) return http::WriteProblem(response, 403, MakeError(ErrorCode::kLoginMethodDisabled, "session", "simulator"));
  auto body = http::ReadJsonBody(request);
  const std::string person = body ? NamedPerson(*body) : "";
  const std::string address = http::ClientAddress(request, context.trusted_proxy);
  if (const auto wait = context.login_throttle.Attempt(address, person, auth::NowSeconds())) {
    response.set_header("Retry-After", std::to_string(*wait));
    return http::WriteProblem(response, 429, MakeError(ErrorCode::kTooManyAttempts, "session", std::to_string(*wait)));
  }
  if (!body) {
    context.login_throttle.Failed(address, auth::NowSeconds());
    return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
  }
  context.db_mutex.Run([&] {
    auto who = context.identity->Verify(*body);
    if (!who) {
      context.login_throttle.Failed(address, auth::NowSeconds());
      return http::WriteProblem(response, 400, who.error());
    }
    // A login always gets a new token, and ends the session the browser came with (if any): a token
    // someone planted before the login, or the previous person's on a shared computer, stops working.
    auth::DeleteSession(context.db, request);
    auto created = auth::CreateSession(context.db, who->role, who->organisation, auth::NowSeconds(), context.identity->Name());
    if (!created) return http::WriteProblem(response, 503, created.error());
    if (who->role == auth::Role::kCitizen &&  // a person's logins are part of what they can see about themselves
        !audit::Record(context, created->session, request, response, "log in", {who->organisation}, context.identity->Name())) {
      return;
    }
    response.set_header("Set-Cookie", auth::SessionCookie(created->token, kSessionCookieSeconds));
    http::WriteJson(response, 200, SessionToJson(created->session));
  });
}

}  // namespace

void RegisterSessionRoutes(httplib::Server& server, ServiceContext& context) {
  server.Post("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    Login(context, request, response);
  });
  server.Get("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    context.db_mutex.Run([&] {
      const auto session = auth::FindSession(context.db, request, auth::NowSeconds());
      if (!session) return http::WriteProblem(response, 401, MakeError(ErrorCode::kNotLoggedIn, "session"));
      http::WriteJson(response, 200, SessionToJson(*session));
    });
  });
  // Public, and never a 401: the app asks at start, before anyone has logged in, whether someone has.
  server.Get("/api/v1/session/methods", [&context](const httplib::Request& request, httplib::Response& response) {
    bool logged_in = false;
    context.db_mutex.Run([&] { logged_in = auth::FindSession(context.db, request, auth::NowSeconds()).has_value(); });
    http::WriteJson(response, 200, wire::Json{{"oidc", context.oidc != nullptr}, {"simulator", context.identity != nullptr},
                                              {"logged_in", logged_in}});
  });
  server.Delete("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    bool ended_oidc_session = false;
    context.db_mutex.Run([&] {
      // Ending no session (none sent, or expired) is fine: there is nothing to protect. Ending one
      // takes its CSRF token, as every write does, so that another site cannot log a person out.
      if (const auto session = auth::FindSession(context.db, request, auth::NowSeconds())) {
        if (!auth::CsrfTokenMatches(request, *session)) {
          return http::WriteProblem(response, 403, MakeError(ErrorCode::kCsrfTokenMissing, std::string(auth::kCsrfHeader)));
        }
        auth::DeleteSession(context.db, request);
        ended_oidc_session = session->login_method == "oidc";
      }
      response.set_header("Set-Cookie", auth::SessionCookie("", 0));
      http::WriteJson(response, 200, wire::Json{{"logged_out", true}});
    });
    // Ending the provider's session too (where it offers that) needs the browser to go there: the
    // answer says where. Asked outside the database's turn, since it may ask the provider.
    if (response.status == 200 && ended_oidc_session && context.oidc) {
      if (const auto url = context.oidc->EndSessionUrl()) {
        http::WriteJson(response, 200, wire::Json{{"logged_out", true}, {"end_session_url", *url}});
      }
    }
  });
}

}  // namespace optagelse::routes
