// Session, CSRF and policy check for one request: see request_auth.h.
#include "auth/request_auth.h"

#include "clock.h"
#include "http/json_response.h"

namespace optagelse::auth {

std::int64_t NowSeconds() { return clock::NowSeconds(); }

std::optional<Session> Authenticate(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  std::optional<Session> session = FindSession(context.db, request, NowSeconds());
  if (!session) {
    http::WriteProblem(response, 401, MakeError(ErrorCode::kNotLoggedIn, "session"));
    return std::nullopt;
  }
  const bool writes = request.method != "GET" && request.method != "HEAD";
  if (writes && !CsrfTokenMatches(request, *session)) {
    http::WriteProblem(response, 403, MakeError(ErrorCode::kCsrfTokenMissing, std::string(kCsrfHeader)));
    return std::nullopt;
  }
  return session;
}

std::optional<Session> Authorize(ServiceContext& context, const httplib::Request& request, httplib::Response& response,
                                 Action action, const Resource& resource) {
  std::optional<Session> session = Authenticate(context, request, response);
  if (!session) return std::nullopt;
  if (Decide(*session, action, resource) != Decision::kAllow) {
    http::WriteProblem(response, 403, MakeError(ErrorCode::kForbidden, "organisation", resource.organisation));
    return std::nullopt;
  }
  return session;
}

std::optional<Session> AuthorizeSelf(ServiceContext& context, const httplib::Request& request, httplib::Response& response,
                                     Action action) {
  std::optional<Session> session = Authenticate(context, request, response);
  if (!session) return std::nullopt;
  if (Decide(*session, action, Resource{"", 0, Relation::kSelf}) != Decision::kAllow) {
    http::WriteProblem(response, 403, MakeError(ErrorCode::kForbidden, "role", std::string(RoleName(session->role))));
    return std::nullopt;
  }
  return session;
}

}  // namespace optagelse::auth
