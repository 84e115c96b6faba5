// Every write route leaves an audit row for each person it writes about (docs/threat-model.md): one
// story through the real server exercises each POST, PUT and DELETE of the route table with a
// request that succeeds - a school reports, corrects and assesses pupils, an applicant uploads,
// drafts, submits and corrects their contact data, a guardian signs, the institution and the
// region decide forrang, the region imports travel times and after the deadline runs, places by
// hand and publishes, other applicants withdraw and erase - and checks that each person named got
// a new audit row. The walk ends by comparing what it covered with the route table: a new write
// route fails this test until the story covers it or the list below says why it writes nothing.
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cpr/cpr_number.h"
#include "routes/api_routes.h"
#include "demo_server_test.h"

namespace optagelse::testing {
namespace {

constexpr const char* kBeforeDeadline = "2027-02-10T10:00:00Z";
constexpr const char* kAfterDeadline = "2027-03-02T10:00:00Z";

// Write routes that write no one's personal data, and why.
const std::map<std::string, std::string> kWritesNothingPersonal = {
    {"POST /api/v1/cpr/check", "classifies a number's shape; stores nothing"},
    {"DELETE /api/v1/session", "ends the caller's own session; no record about a person changes"},
    {R"(POST /api/v1/regions/(108[1-5])/allocations/(\d{1,15})/rerun)", "recomputes a stored run and compares; writes nothing"},
};

std::string Pdf(const std::string& marker) { return "%PDF-1.4\n% " + marker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"; }

class AuditWalkTest : public DemoServerTest {
 protected:
  void SetUp() override {
    MakeDemoData({7, 60});
    Start(kBeforeDeadline, true, {"--retention", "off"});
    for (const auto& person : dataset_.persons) {
      const auto born = cpr::CheckCpr(person.cpr).birth_date;
      const bool minor = !person.guardians.empty() && born && *born > Date{2009, 3, 1};
      if (minor && person.municipality_code == 101 && minor_.cpr.empty()) minor_ = person;
      else if (minor && other_minor_.cpr.empty()) other_minor_ = person;
      if (person.guardians.empty()) adults_.push_back(person);
    }
    ASSERT_FALSE(minor_.cpr.empty());
    ASSERT_FALSE(other_minor_.cpr.empty());
    ASSERT_GE(adults_.size(), 3u);
  }
  std::int64_t AuditRowsAbout(const std::string& cpr) { return Count("SELECT count(*) FROM audit_log WHERE subject_cpr = '" + cpr + "'"); }

  // Sends a write, expects `status`, and checks each person in `about` got a new audit row; the
  // route it matched counts as covered.
  Answer Write(const std::string& method, const std::string& path, const std::string& body, const std::string& type,
               const Headers& who, int status, const std::vector<std::string>& about) {
    std::map<std::string, std::int64_t> before;
    for (const std::string& cpr : about) before[cpr] = AuditRowsAbout(cpr);
    const Answer answer = method == "PUT"      ? Put(Port(), path, body, who)
                          : method == "DELETE" ? Delete(Port(), path, body, who)
                                               : Post(Port(), path, body, type, who);
    EXPECT_EQ(answer.status, status) << method << " " << path << ": " << answer.body;
    for (const std::string& cpr : about) EXPECT_GT(AuditRowsAbout(cpr), before[cpr]) << method << " " << path << " wrote no audit row about " << cpr;
    const routes::ApiRoute* route = routes::FindApiRoute(method, path);
    EXPECT_NE(route, nullptr) << method << " " << path;
    if (route != nullptr) covered_.insert(method + " " + std::string(route->pattern));
    return answer;
  }
  Answer WriteJson(const std::string& method, const std::string& path, const std::string& body, const Headers& who, int status,
                   const std::vector<std::string>& about) {
    return Write(method, path, body, "application/json", who, status, about);
  }

  registry::Person minor_, other_minor_;
  std::vector<registry::Person> adults_;
  std::set<std::string> covered_;
};

TEST_F(AuditWalkTest, EveryWriteRouteAuditsEachPersonItWritesAbout) {
  const std::string m = minor_.cpr;
  // Logging in as a citizen is recorded against that person.
  const std::int64_t before_login = AuditRowsAbout(m);
  const Answer login = Post(Port(), "/api/v1/session", R"({"role": "citizen", "cpr": ")" + m + R"("})", "application/json");
  ASSERT_EQ(login.status, 200) << login.body;
  EXPECT_GT(AuditRowsAbout(m), before_login);
  covered_.insert("POST /api/v1/session");
  const Headers me = LoginAsPerson(Port(), m);

  // The school: a report (one number fictitious), the number corrected, an assessment, an import.
  const Headers school = LoginAs(Port(), "school", "101002");
  const std::string report = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n" + m + ";Emil;101002;4800;9;9.A;2025-08-11\n" +
                             "6101104002;Åse Fiktiv;101002;4800;9;9.A;2025-08-11\n";
  const Answer reported = Write("POST", "/api/v1/schools/101002/pupil-reports", report, "text/csv", school, 200, {m});
  ASSERT_EQ(reported.json["rows"].size(), 2u) << reported.body;
  const std::int64_t pupil_id = reported.json["rows"][0]["id"];
  const std::int64_t fictitious_id = reported.json["rows"][1]["id"];
  WriteJson("PUT", "/api/v1/schools/101002/pupils/" + std::to_string(fictitious_id) + "/cpr", R"({"cpr": ")" + other_minor_.cpr + R"("})",
            school, 200, {other_minor_.cpr});
  WriteJson("PUT", "/api/v1/schools/101002/pupils/" + std::to_string(pupil_id) + "/upv",
            R"({"standpunkt": {"dansk": [7], "matematik": [7]}, "personal": true, "social": true})", school, 200, {m});
  Write("POST", "/api/v1/schools/101002/upv-import",
        R"({"cpr": ")" + other_minor_.cpr + R"(", "standpunkt": {"dansk": [4], "matematik": [7]}, "personal": true, "social": true})" "\n",
        "application/x-ndjson", school, 200, {other_minor_.cpr});

  // The applicant: two documents, a draft with a forrang claim, submitted; a guardian signs.
  std::vector<std::string> documents;
  for (const char* marker : {"elite", "spare"}) {
    const Answer uploaded = Write("POST", "/api/v1/me/attachments", Pdf(marker), "application/pdf", me, 200, {m});
    documents.push_back(uploaded.json["sha256"]);
  }
  const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}],
      "forrang": [{"wish": 1, "ground": "elite", "attachment": ")" + documents[0] + R"("}], "contact": {"email": "e@example.dk"}}})";
  WriteJson("PUT", "/api/v1/me/application", draft, me, 200, {m});
  const Answer submitted = WriteJson("POST", "/api/v1/me/application/submit", R"({"version": 1})", me, 200, {m});
  const std::int64_t id = submitted.json["application"]["id"];
  const std::string sha = submitted.json["application"]["content_sha256"];
  const Answer signed_answer = WriteJson("POST", "/api/v1/applications/" + std::to_string(id) + "/signature",
                                         R"({"decision": "sign", "comment": "", "content_sha256": ")" + sha + R"("})",
                                         LoginAsPerson(Port(), minor_.guardians[0]), 200, {m});
  const std::int64_t version = signed_answer.json["application"]["version"];
  WriteJson("PUT", "/api/v1/me/contact", R"({"version": )" + std::to_string(version) + R"(, "contact": {"email": "ny@example.dk"}})", me, 200, {m});
  WriteJson("DELETE", "/api/v1/me/attachments/" + documents[1], "", me, 200, {m});
  WriteJson("PUT", "/api/v1/institutions/101001/applications/" + std::to_string(id) + "/forrang/1", R"({"decision": "granted"})",
            LoginAs(Port(), "institution", "101001"), 200, {m});
  // An adult claims forrang on grounds of a handicap, which the region decides.
  const std::string h = adults_[2].cpr;
  const Headers claimant = LoginAsPerson(Port(), h);
  const Answer medical = Write("POST", "/api/v1/me/attachments", Pdf("handicap"), "application/pdf", claimant, 200, {h});
  const Answer claimed = WriteJson("PUT", "/api/v1/me/application", R"({"version": 0, "content": {"wishes": [{"institution": "147003", "programme": "hf"}],
      "forrang": [{"wish": 1, "ground": "handicap", "attachment": ")" + medical.json["sha256"].get<std::string>() + R"("}], "contact": {"email": "h@example.dk"}}})",
                                   claimant, 200, {h});
  const std::int64_t claim_id = claimed.json["application"]["id"];
  ASSERT_EQ(Post(Port(), "/api/v1/me/application/submit", R"({"version": 1})", "application/json", claimant).status, 200);
  const Headers region = LoginAs(Port(), "region", "1084");
  WriteJson("PUT", "/api/v1/regions/1084/applications/" + std::to_string(claim_id) + "/forrang/1", R"({"decision": "granted"})", region, 200, {h});
  Write("POST", "/api/v1/travel-times",
        "cpr;adresse_id;institution;offentlig_minutter;cykel_minutter;referencedato\n;" + minor_.address_id + ";101001;12;20;2027-01-14\n",
        "text/csv", region, 201, {m});

  // Two adults: one submits and withdraws, the other erases a draft never submitted.
  const std::string adult_draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@example.dk"}}})";
  const Headers withdrawing = LoginAsPerson(Port(), adults_[0].cpr);
  WriteJson("PUT", "/api/v1/me/application", adult_draft, withdrawing, 200, {adults_[0].cpr});
  WriteJson("POST", "/api/v1/me/application/submit", R"({"version": 1})", withdrawing, 200, {adults_[0].cpr});
  WriteJson("POST", "/api/v1/me/application/withdraw", R"({"version": 1})", withdrawing, 200, {adults_[0].cpr});
  const Headers erasing = LoginAsPerson(Port(), adults_[1].cpr);
  WriteJson("PUT", "/api/v1/me/application", adult_draft, erasing, 200, {adults_[1].cpr});
  WriteJson("DELETE", "/api/v1/me/application", R"({"version": 1})", erasing, 200, {adults_[1].cpr});

  // After the deadline: the region's snapshot, a run with no seats, the applicant placed by hand, published.
  Start(kAfterDeadline, false, {"--retention", "off"});
  const Headers region_after = LoginAs(Port(), "region", "1084");
  WriteJson("POST", "/api/v1/regions/1084/allocation-snapshots", R"({"default_capacity": 0})", region_after, 200, {m});
  const Answer run = WriteJson("POST", "/api/v1/regions/1084/allocations", R"({"default_capacity": 0})", region_after, 201, {m});
  const std::string run_path = "/api/v1/regions/1084/allocations/" + std::to_string(run.json["id"].get<std::int64_t>());
  WriteJson("POST", run_path + "/placements", R"({"applicant": ")" + m + R"(", "programme": "101001-stx", "reason": "skøn"})", region_after, 201, {m});
  WriteJson("POST", run_path + "/publish", "{}", region_after, 200, {m});

  // The walk covered every write route of the table, or the list says why the route writes nothing.
  for (const routes::ApiRoute& route : routes::ApiRoutes()) {
    if (route.method == "GET") continue;
    const std::string key = std::string(route.method) + " " + std::string(route.pattern);
    EXPECT_TRUE(covered_.contains(key) || kWritesNothingPersonal.contains(key)) << key << " is neither walked nor listed as writing nothing";
    EXPECT_FALSE(covered_.contains(key) && kWritesNothingPersonal.contains(key)) << key << " is walked: take it off the list";
  }
}

}  // namespace
}  // namespace optagelse::testing
