// What every protected route does first: find the session, check the CSRF token on writes, and
// ask the access policy. On refusal it has already written the 401/403 answer.
#pragma once

#include <optional>
#include <string_view>

#include <httplib.h>

#include "auth/access_policy.h"
#include "service_context.h"

namespace optagelse::auth {

// Call with the database lock held.
std::optional<Session> Authorize(ServiceContext& context, const httplib::Request& request, httplib::Response& response,
                                 Action action, const Resource& resource);
inline std::optional<Session> Authorize(ServiceContext& context, const httplib::Request& request,
                                        httplib::Response& response, Action action, std::string_view organisation) {
  return Authorize(context, request, response, action, Resource{std::string(organisation)});
}

// Only the session (401 without one, 403 on a write without the CSRF token), for routes whose
// resource depends on who is asking (a citizen's own data); the route then asks the policy.
std::optional<Session> Authenticate(ServiceContext& context, const httplib::Request& request, httplib::Response& response);

// A person acting on their own data (their application, their attachments): the session, allowed by
// the policy for `action` with the relation "self"; otherwise the 401/403 answer is written.
std::optional<Session> AuthorizeSelf(ServiceContext& context, const httplib::Request& request, httplib::Response& response,
                                     Action action);

std::int64_t NowSeconds();

}  // namespace optagelse::auth
