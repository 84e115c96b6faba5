// Session, CSRF and policy check for one request: see request_auth.h.
#include "auth/request_auth.h"

#include <ctime>

#include "http/json_response.h"

namespace optagelse::auth {

std::int64_t NowSeconds() { return static_cast<std::int64_t>(std::time(nullptr)); }

std::optional<Session> Authorize(ServiceContext& context, const httplib::Request& request, httplib::Response& response,
                                 Action action, std::string_view organisation) {
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
  if (Decide(*session, action, organisation) != Decision::kAllow) {
    http::WriteProblem(response, 403, MakeError(ErrorCode::kForbidden, "organisation", std::string(organisation)));
    return std::nullopt;
  }
  return session;
}

}  // namespace optagelse::auth
