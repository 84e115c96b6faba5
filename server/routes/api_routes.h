// Every API route, with the access-policy action that guards it (issue "Who may see what"). The
// guards answer 404 to any /api/ request this table does not list, so a route added without an
// entry here cannot be reached and its tests fail; tests/server/route_access_test.cpp walks every
// entry as every role and checks the answer against the policy.
#pragma once

#include <optional>
#include <regex>
#include <string_view>
#include <vector>

#include "auth/access_policy.h"

namespace optagelse::routes {

// What the policy is asked about, for the route walk: the organisation in the path, a school and
// its municipality, a municipality in the path, the person themself, or a child of theirs.
enum class GuardedBy { kPublic, kSession, kOrganisation, kSchoolAndMunicipality, kMunicipality, kSelf, kChild };

struct ApiRoute {
  std::string_view method;
  std::string_view pattern;  // the path as httplib matches it (ECMAScript regex)
  GuardedBy guard;
  std::optional<auth::Action> action;  // empty for public routes and the session itself
  std::string_view example;  // a concrete path: {school} 101002, {institution} 101001, {region} 1084, {municipality} 101
};

const std::vector<ApiRoute>& ApiRoutes();

// The table's entry for this request, if any (the path without its query).
const ApiRoute* FindApiRoute(std::string_view method, const std::string& path);

}  // namespace optagelse::routes
