// Sessions: POST /api/v1/session logs in - the context's identity provider (auth/identity_provider.h;
// here the login simulator, auth/simulated_login.h) checks the body and says who it is, and a
// session is opened for exactly that; GET shows the session (with its CSRF token), DELETE logs out
// (with that token).
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "auth/identity_provider.h"
#include "auth/session.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

constexpr int kSessionCookieSeconds = 8 * 60 * 60;

wire::Json SessionToJson(const ServiceContext& context, const auth::Session& session) {
  return wire::Json{{"role", auth::RoleName(session.role)},
                    {"organisation", session.organisation},
                    {"csrf_token", session.csrf_token},
                    {"identity_provider", context.identity ? context.identity->Name() : "none"}};
}

// Whom a login attempt names, before anyone has checked it: a CPR number, or a role's organisation.
std::string NamedPerson(const wire::Json& body) {
  if (!body.is_object()) return "";
  if (body.contains("cpr") && body["cpr"].is_string()) return "cpr:" + body["cpr"].get<std::string>();
  if (body.contains("organisation") && body["organisation"].is_string()) return "org:" + body["organisation"].get<std::string>();
  return "";
}

void Login(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  auto body = http::ReadJsonBody(request);
  const std::string person = body ? NamedPerson(*body) : "";
  if (const auto wait = context.login_throttle.Attempt(request.remote_addr, person, auth::NowSeconds())) {
    response.set_header("Retry-After", std::to_string(*wait));
    return http::WriteProblem(response, 429, MakeError(ErrorCode::kTooManyAttempts, "session", std::to_string(*wait)));
  }
  if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
  context.db_mutex.Run([&] {
    if (!context.identity) return http::WriteProblem(response, 503, MakeError(ErrorCode::kInternal, "identity_provider"));
    auto who = context.identity->Verify(*body);
    if (!who) return http::WriteProblem(response, 400, who.error());
    // A login always gets a new token, and ends the session the browser came with (if any): a token
    // someone planted before the login, or the previous person's on a shared computer, stops working.
    auth::DeleteSession(context.db, request);
    auto created = auth::CreateSession(context.db, who->role, who->organisation, auth::NowSeconds());
    if (!created) return http::WriteProblem(response, 503, created.error());
    if (who->role == auth::Role::kCitizen &&  // a person's logins are part of what they can see about themselves
        !audit::Record(context, created->session, request, response, "log in", {who->organisation}, context.identity->Name())) {
      return;
    }
    response.set_header("Set-Cookie", auth::SessionCookie(created->token, kSessionCookieSeconds));
    http::WriteJson(response, 200, SessionToJson(context, created->session));
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
      http::WriteJson(response, 200, SessionToJson(context, *session));
    });
  });
  server.Delete("/api/v1/session", [&context](const httplib::Request& request, httplib::Response& response) {
    context.db_mutex.Run([&] {
      // Ending no session (none sent, or expired) is fine: there is nothing to protect. Ending one
      // takes its CSRF token, as every write does, so that another site cannot log a person out.
      if (const auto session = auth::FindSession(context.db, request, auth::NowSeconds())) {
        if (!auth::CsrfTokenMatches(request, *session)) {
          return http::WriteProblem(response, 403, MakeError(ErrorCode::kCsrfTokenMissing, std::string(auth::kCsrfHeader)));
        }
        auth::DeleteSession(context.db, request);
      }
      response.set_header("Set-Cookie", auth::SessionCookie("", 0));
      http::WriteJson(response, 200, wire::Json{{"logged_out", true}});
    });
  });
}

}  // namespace optagelse::routes
