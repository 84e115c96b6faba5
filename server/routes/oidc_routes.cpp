// Logging in through the OpenID provider (MitID through a broker for citizens, the organisation's
// identity provider for staff), the authorization code flow with PKCE:
//   GET /api/v1/session/oidc?role=citizen|staff&return=/path  302 to the provider, with a fresh
//       state, nonce and code verifier; the state also goes into a short-lived cookie
//   GET /api/v1/session/oidc/callback?code&state[&iss]        the state must be pending and match the
//       cookie; the code is redeemed and the ID token verified (oidc/oidc_client.h) outside the
//       database's turn; the person or organisation must exist; then the same session as any login
//       and 302 to the return path (a path on this site only: no open redirect).
// Every failure is a coded page (or JSON for a client that asks for it) and no session.
#include <ctime>

#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "auth/session.h"
#include "http/client_address.h"
#include "http/json_response.h"
#include "http/problem_page.h"
#include "oidc/claims_identity.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

constexpr int kSessionCookieSeconds = 8 * 60 * 60;
constexpr std::string_view kLoginCookie = "optagelse_login";
constexpr std::size_t kMaxReturnPath = 512;

std::int64_t WallClock() { return std::time(nullptr); }

// A path on this site: starts with one '/', not '//' or '/\' (which browsers read as another host),
// printable ASCII only.
bool IsLocalPath(const std::string& path) {
  if (path.empty() || path.size() > kMaxReturnPath || path[0] != '/') return false;
  if (path.size() > 1 && (path[1] == '/' || path[1] == '\\')) return false;
  for (const char c : path) {
    if (c <= 0x20 || c >= 0x7F || c == '\\') return false;
  }
  return true;
}

// Lax, not Strict: the provider's redirect back to us is a navigation from another site.
std::string LoginCookie(const std::string& state, int max_age_seconds) {
  return std::string(kLoginCookie) + "=" + state + "; Path=/api/v1/session/oidc; HttpOnly; Secure; SameSite=Lax; Max-Age=" +
         std::to_string(max_age_seconds);
}

std::string CookieValue(const httplib::Request& request, std::string_view name) {
  const std::string cookies = request.get_header_value("Cookie");
  const std::string key = std::string(name) + "=";
  for (std::size_t at = cookies.find(key); at != std::string::npos; at = cookies.find(key, at + 1)) {
    if (at != 0 && cookies[at - 1] != ' ' && cookies[at - 1] != ';') continue;
    const std::size_t start = at + key.size();
    return cookies.substr(start, cookies.find(';', start) - start);
  }
  return {};
}

void StartLogin(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  if (!context.oidc) return http::WriteProblemPage(request, response, 403, MakeError(ErrorCode::kLoginMethodDisabled, "session", "oidc"));
  if (const auto wait = context.login_throttle.Attempt(http::ClientAddress(request, context.trusted_proxy), "", auth::NowSeconds())) {
    response.set_header("Retry-After", std::to_string(*wait));
    return http::WriteProblemPage(request, response, 429, MakeError(ErrorCode::kTooManyAttempts, "session", std::to_string(*wait)));
  }
  const std::string role = request.get_param_value("role");
  if (role != "citizen" && role != "staff") {
    return http::WriteProblemPage(request, response, 400, MakeError(ErrorCode::kWrongFieldType, "role", "citizen|staff"));
  }
  const std::string return_path = request.has_param("return") ? request.get_param_value("return") : "/";
  if (!IsLocalPath(return_path)) return http::WriteProblemPage(request, response, 400, MakeError(ErrorCode::kLoginReturnInvalid, "return"));
  const auto audience = role == "citizen" ? oidc::LoginAudience::kCitizen : oidc::LoginAudience::kStaff;
  auto login = context.pending_logins.Start(audience, return_path, WallClock());
  if (!login) return http::WriteProblemPage(request, response, 503, login.error());
  auto url = context.oidc->AuthorizationUrl(*login);
  if (!url) {
    context.pending_logins.Take(login->state, WallClock());
    return http::WriteProblemPage(request, response, http::StatusFor(url.error().code), url.error());
  }
  response.set_header("Set-Cookie", LoginCookie(login->state, static_cast<int>(oidc::PendingLogins::kLifetimeSeconds)));
  response.set_header("Cache-Control", "no-store");
  response.set_redirect(*url, 302);
}

int StatusForLoginFailure(const Problem& problem) {
  switch (problem.code) {
    case ErrorCode::kLoginProviderUnavailable: return 503;
    case ErrorCode::kLoginTokenInvalid: return 502;  // the provider's answer, not the browser's request, was wrong
    case ErrorCode::kLoginPersonUnknown:
    case ErrorCode::kUnknownInstitution:
    case ErrorCode::kUnknownReference:
    case ErrorCode::kLoginClaimMissing:
    case ErrorCode::kWrongFieldType: return 403;
    default: return 400;
  }
}

void FinishLogin(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  if (!context.oidc) return http::WriteProblemPage(request, response, 403, MakeError(ErrorCode::kLoginMethodDisabled, "session", "oidc"));
  // Whatever happens, the login cookie has done its work.
  response.set_header("Set-Cookie", LoginCookie("", 0));
  const std::string state = request.get_param_value("state");
  const std::string cookie_state = CookieValue(request, kLoginCookie);
  const Problem stale = MakeError(ErrorCode::kLoginStateInvalid, "state");
  if (state.empty() || state != cookie_state) return http::WriteProblemPage(request, response, 400, stale);
  const auto login = context.pending_logins.Take(state, WallClock());
  if (!login) return http::WriteProblemPage(request, response, 400, stale);
  if (request.has_param("error")) {  // the person cancelled, or the provider would not log them in
    std::string error = request.get_param_value("error").substr(0, 64);
    for (char& c : error) c = std::isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '?';
    return http::WriteProblemPage(request, response, 400, MakeError(ErrorCode::kLoginProviderRefused, "error", error));
  }
  // RFC 9207: when the provider names itself, it must be ours (a mix-up with another provider fails here).
  if (request.has_param("iss") && request.get_param_value("iss") != context.oidc->settings().issuer) {
    return http::WriteProblemPage(request, response, 400, MakeError(ErrorCode::kLoginTokenInvalid, "iss", "iss"));
  }
  const std::string code = request.get_param_value("code");
  if (code.empty() || code.size() > 2048) return http::WriteProblemPage(request, response, 400, MakeError(ErrorCode::kMissingField, "code"));
  auto claims = context.oidc->Redeem(code, *login, WallClock());
  if (!claims) return http::WriteProblemPage(request, response, StatusForLoginFailure(claims.error()), claims.error());
  context.db_mutex.Run([&] {
    auto who = oidc::IdentityFromClaims(context.db, context.oidc->settings(), login->audience, *claims);
    if (!who) return http::WriteProblemPage(request, response, StatusForLoginFailure(who.error()), who.error());
    auth::DeleteSession(context.db, request);  // the browser's previous session (if any) ends here
    auto created = auth::CreateSession(context.db, who->role, who->organisation, auth::NowSeconds(), "oidc");
    if (!created) return http::WriteProblemPage(request, response, 503, created.error());
    if (who->role == auth::Role::kCitizen &&
        !audit::Record(context, created->session, request, response, "log in", {who->organisation}, "oidc")) {
      return;
    }
    response.set_header("Set-Cookie", auth::SessionCookie(created->token, kSessionCookieSeconds));
    response.set_header("Cache-Control", "no-store");
    response.set_redirect(login->return_path, 302);
  });
}

}  // namespace

void RegisterOidcRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/session/oidc", [&context](const httplib::Request& request, httplib::Response& response) {
    StartLogin(context, request, response);
  });
  server.Get("/api/v1/session/oidc/callback", [&context](const httplib::Request& request, httplib::Response& response) {
    FinishLogin(context, request, response);
  });
}

}  // namespace optagelse::routes
