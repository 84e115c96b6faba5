// Malformed requests (issue "Hardening"): every write route in the route table, called by a role
// the policy lets through, gets bodies no client should send - invalid UTF-8, nesting far deeper
// than any document, numbers no field can hold, the wrong JSON shapes, the wrong content type,
// binary noise - and must answer each with a 4xx and a coded JSON error in Danish and English,
// never a 5xx or a dropped connection, and change nothing in the database. Static files must not
// be reachable outside the web root however the path is spelt.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "auth/access_policy.h"
#include "cli/demo_generator.h"
#include "routes/api_routes.h"
#include "route_walk.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

using routes::ApiRoute;

struct Body {
  std::string what;
  std::string bytes;
  std::string content_type = "application/json";
};

std::vector<Body> MalformedBodies() {
  return {
      {"invalid UTF-8", "{\"cpr\":\"\xff\xfe\",\"version\":1,\"content\":{\"wishes\":[{\"institution\":\"\xc3\x28\",\"programme\":\"stx\"}]},"
                        "\"contact\":{\"email\":\"\xed\xa0\x80@x.dk\"}}"},
      {"deep nesting", std::string(200000, '[') + std::string(200000, ']')},
      {"deep nesting in a member", "{\"version\":1,\"content\":" + std::string(5000, '{') + "}"},
      {"huge numbers", R"({"version":1e400,"admission_year":99999999999999999999999999,"grade_level":-1e308,"wish":18446744073709551616,"year":-9223372036854775809})"},
      {"an array", "[]"},
      {"a string", "\"x\""},
      {"null", "null"},
      {"wrong member types", R"({"version":"1","content":[],"contact":7,"cpr":{},"wishes":"x","grades":true,"pupils":{}})"},
      {"binary noise", std::string("\x00\x01\x02garbage\x7f\x80", 12)},
      {"truncated", R"({"version":1,"content":{"wishes":[{"institution":"1010)"},
      {"the wrong content type", "{}", "text/plain"},
  };
}

Answer Send(int port, const std::string& method, const std::string& path, const Body& body, const Headers& headers) {
  httplib::Client client("127.0.0.1", port);
  httplib::Result result = method == "PUT"      ? client.Put(path.c_str(), headers, body.bytes, body.content_type.c_str())
                           : method == "DELETE" ? client.Delete(path.c_str(), headers, body.bytes, body.content_type.c_str())
                                                : client.Post(path.c_str(), headers, body.bytes, body.content_type.c_str());
  Answer answer;
  if (!result) return answer;
  answer.status = result->status;
  answer.body = result->body;
  if (auto json = wire::ParseJson(result->body)) answer.json = std::move(*json);
  return answer;
}

// Every row of every table but the audit trail and the sessions (reads and logins add to those).
std::int64_t CountData(const std::string& database) {
  auto db = store::Database::Open(database);
  std::int64_t rows = 0;
  for (const char* table : {"persons", "guardianships", "institutions", "institution_programmes", "pupils", "pupil_report_uploads",
                            "upv_assessments", "allocation_runs", "allocation_manual_placements", "allocation_publications",
                            "applications", "application_wishes", "application_events", "application_signatures",
                            "guardian_notices", "attachments", "forrang_decisions", "travel_imports", "travel_times",
                            "allocation_outcomes"}) {
    rows += *db->QueryInt(std::string("SELECT count(*) FROM ") + table);
  }
  return rows;
}

class MalformedRequestTest : public RouteWalkTest {
 protected:
  std::vector<std::string> ExtraArguments() override {
    std::filesystem::create_directories(dir_ + "/web");
    std::ofstream(dir_ + "/web/index.html") << "<!doctype html><title>Optagelse</title>";
    std::ofstream(dir_ + "/secret.txt") << "root:x:0:0";
    return {"--web-root", dir_ + "/web"};
  }
};

TEST_F(MalformedRequestTest, EveryWriteRouteAnswersEveryMalformedBodyWithACodedClientError) {
  const int port = server_->port();
  const std::int64_t rows_before = CountData(server_->database());
  int checked = 0;
  for (const Member& who : EveryRole(citizen_)) {
    const Headers session = LogIn(port, who);
    ASSERT_FALSE(session.empty());
    for (const ApiRoute& route : routes::ApiRoutes()) {
      if (route.method == "GET" || (route.method == "DELETE" && !route.action)) continue;  // reads; logging out
      if (route.action) {
        // Only where the policy lets the body through to the route's own reading of it.
        const auth::Session as{who.role, who.organisation, "", ""};
        const bool someone_may = auth::Decide(as, *route.action, auth::Resource{who.organisation}) == auth::Decision::kAllow ||
                                 auth::Decide(as, *route.action, auth::Resource{"", 0, auth::Relation::kSelf}) == auth::Decision::kAllow ||
                                 auth::Decide(as, *route.action, auth::Resource{"101002", 101}) == auth::Decision::kAllow;
        if (!someone_may) continue;
      }
      for (const Body& body : MalformedBodies()) {
        const Answer answer = Send(port, std::string(route.method), ExamplePath(route.example), body, session);
        const std::string what = std::string(route.method) + " " + std::string(route.example) + " as " +
                                 std::string(auth::RoleName(who.role)) + " with " + body.what;
        EXPECT_GE(answer.status, 400) << what << ": " << answer.body;
        EXPECT_LT(answer.status, 500) << what << ": " << answer.body;
        ASSERT_TRUE(answer.json.is_object() && answer.json.contains("errors")) << what << ": " << answer.body;
        const wire::Json& error = answer.json["errors"][0];
        EXPECT_TRUE(error["code"].is_number_integer()) << what;
        EXPECT_TRUE(error["field"].is_string()) << what;
        EXPECT_FALSE(error["message"]["da"].get<std::string>().empty()) << what;
        EXPECT_FALSE(error["message"]["en"].get<std::string>().empty()) << what;
        ++checked;
      }
    }
  }
  EXPECT_GT(checked, 200);
  EXPECT_EQ(Get(port, "/api/v1/health").status, 200);
  EXPECT_EQ(CountData(server_->database()), rows_before) << "a refused request changed the database";
}

// A threat-model row: a number too long for its field is named as the wrong type, not as missing.
TEST_F(MalformedRequestTest, ANumberTooLongForItsFieldSaysSo) {
  const Headers me = LogIn(server_->port(), Member{auth::Role::kCitizen, citizen_});
  for (const char* version : {"99999999999999999999", "18446744073709551616", "-9223372036854775809", "7.5"}) {
    const Answer answer = Put(server_->port(), "/api/v1/me/application", std::string(R"({"version": )") + version + R"(, "content": {}})", me);
    EXPECT_EQ(answer.status, 400) << version << ": " << answer.body;
    EXPECT_EQ(answer.json["errors"][0]["name"], "wrong_field_type") << version << ": " << answer.body;
    EXPECT_EQ(answer.json["errors"][0]["field"], "version") << version;
  }
}

TEST_F(MalformedRequestTest, MalformedPathsAndQueriesAreClientErrors) {
  const int port = server_->port();
  const Headers region = LoginAs(port, "region", "1084");
  for (const std::string path : {"/api/v1/regions/1084/statistics?year=%ff%fe", "/api/v1/regions/1084/statistics?year=99999999999999999999",
                                 "/api/v1/regions/1084/statistics?year=2027&min_group=-1e400", "/api/v1/regions/%ff/statistics?year=2027",
                                 "/api/v1/cpr/%00%ff", "/api/v1/schools/101002/pupils/%ff"}) {
    const Answer answer = Get(port, path, region);
    EXPECT_GE(answer.status, 400) << path << ": " << answer.body;
    EXPECT_LT(answer.status, 500) << path << ": " << answer.body;
    EXPECT_TRUE(answer.json.contains("errors")) << path << ": " << answer.body;
  }
}

TEST_F(MalformedRequestTest, StaticFilesStayInsideTheWebRoot) {
  const int port = server_->port();
  EXPECT_EQ(Get(port, "/index.html").status, 200);
  for (const std::string path : {"/../secret.txt", "/%2e%2e/secret.txt", "/..%2fsecret.txt", "/%2e%2e%2fsecret.txt",
                                 "/web/../../secret.txt", "/index.html/../../secret.txt", "/....//secret.txt",
                                 "/%252e%252e/secret.txt", "/..\\secret.txt", "/%c0%ae%c0%ae/secret.txt", "/secret.txt%00.html"}) {
    const Answer answer = Get(port, path);
    EXPECT_GE(answer.status, 400) << path;
    EXPECT_EQ(answer.body.find("root:"), std::string::npos) << path << " reached a file outside the web root";
  }
}

}  // namespace
}  // namespace optagelse::testing
