// Every API route as every role, against the access policy (issue "Who may see what"): the table
// of routes (server/routes/api_routes.cpp) names the action guarding each; here each entry is
// called on a real server as school, institution, counsellor, region and citizen staff/person and
// the answer must be 403 exactly when the policy denies; without a session every guarded route is
// 401; every entry is a real route; a path not in the table is a 404 even if a handler existed.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "auth/access_policy.h"
#include "cli/demo_generator.h"
#include "routes/api_routes.h"
#include "route_walk.h"
#include "server_process.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

using routes::ApiRoute;
using routes::GuardedBy;

constexpr const char* kSchool = "101002";
constexpr const char* kInstitution = "101001";
constexpr const char* kRegion = "1084";
constexpr const char* kMunicipality = "101";

// What the route asks the policy about, as the walk reconstructs it from the table.
auth::Resource ResourceOf(const ApiRoute& route) {
  switch (route.guard) {
    case GuardedBy::kOrganisation: {
      const std::string path = ExamplePath(route.example);
      for (const char* organisation : {kSchool, kInstitution, kRegion}) {
        if (path.find(std::string("/") + organisation) != std::string::npos) return auth::Resource{organisation};
      }
      return auth::Resource{""};
    }
    case GuardedBy::kSchoolAndMunicipality: return auth::Resource{kSchool, 101};
    case GuardedBy::kMunicipality: return auth::Resource{"", 101};
    case GuardedBy::kSelf: return auth::Resource{"", 0, auth::Relation::kSelf};
    default: return auth::Resource{"", 0, auth::Relation::kNone};  // a child: application 1 is nobody's child's
  }
}

Answer Call(int port, const ApiRoute& route, const Headers& headers) {
  const std::string path = ExamplePath(route.example);
  if (route.method == "GET") return Get(port, path, headers);
  if (route.method == "PUT") return Put(port, path, "{}", headers);
  if (route.method == "DELETE") {
    httplib::Client client("127.0.0.1", port);
    auto result = client.Delete(path.c_str(), headers);
    return Answer{result ? result->status : 0, "", "", result ? result->body : "", {}};
  }
  return Post(port, path, "{}", "application/json", headers);
}

using RouteAccessTest = RouteWalkTest;

TEST_F(RouteAccessTest, EveryRouteAnswersEveryRoleAsThePolicyDecides) {
  const int port = server_->port();
  int checked = 0;
  for (const Member& who : EveryRole(citizen_)) {
    const Headers session = LogIn(port, who);
    for (const ApiRoute& route : routes::ApiRoutes()) {
      if (!route.action) continue;  // public, or any session (logging out would end the walk)
      const bool allowed = auth::Decide(auth::Session{who.role, who.organisation, "", ""}, *route.action, ResourceOf(route)) ==
                           auth::Decision::kAllow;
      const Answer answer = Call(port, route, session);
      const std::string what = std::string(route.method) + " " + std::string(route.example) + " as " + std::string(auth::RoleName(who.role));
      if (allowed) {
        EXPECT_NE(answer.status, 403) << what << ": " << answer.body;
        EXPECT_NE(answer.status, 401) << what;
      } else {
        EXPECT_EQ(answer.status, 403) << what << ": " << answer.body;
      }
      ++checked;
    }
  }
  EXPECT_GT(checked, 150);
}

TEST_F(RouteAccessTest, WithoutASessionEveryGuardedRouteIs401AndEveryEntryIsARealRoute) {
  const int port = server_->port();
  for (const ApiRoute& route : routes::ApiRoutes()) {
    const Answer answer = Call(port, route, {});
    const std::string what = std::string(route.method) + " " + std::string(route.example);
    // The guards' answer to a path no route serves names the field "path": a table entry must be served.
    EXPECT_EQ(answer.body.find(R"("field":"path")"), std::string::npos) << what << " is in the table but no route serves it";
    const bool logout = route.method == "DELETE" && !route.action;  // ending no session is fine
    if (route.guard != GuardedBy::kPublic && !logout) {
      EXPECT_EQ(answer.status, 401) << what << ": " << answer.body;
    }
  }
}

TEST_F(RouteAccessTest, APathNotInTheTableIsNotServed) {
  const Headers me = LoginAsPerson(server_->port(), citizen_);
  EXPECT_EQ(Get(server_->port(), "/api/v1/me/everything", me).status, 404);
  EXPECT_EQ(Post(server_->port(), "/api/v1/health", "{}", "application/json", me).status, 404);  // the table says GET only
  const routes::ApiRoute* pupils = routes::FindApiRoute("GET", "/api/v1/schools/101002/pupils");
  ASSERT_NE(pupils, nullptr);
  EXPECT_EQ(pupils->example, "/api/v1/schools/{school}/pupils");
  EXPECT_EQ(routes::FindApiRoute("GET", "/api/v1/schools/10100/pupils"), nullptr);
}

}  // namespace
}  // namespace optagelse::testing
