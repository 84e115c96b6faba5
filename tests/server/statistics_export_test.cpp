// Pseudonymised statistics through real parts: a region downloads its applicants as CSV or JSON
// with a keyed pseudonym per person and no CPR number or name anywhere; the pseudonyms are stable
// across exports and the CLI (same key) and change with another key; a lone forrang ground is
// suppressed; every person exported is audited; other roles and bad parameters are refused.
#include <filesystem>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "crypto/digest.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

const std::string kPdf = "%PDF-1.4\n% handicap\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

TEST(Pseudonyms, AreHmacSha256) {
  // RFC 4231, test case 2.
  EXPECT_EQ(crypto::HmacSha256Hex("Jefe", "what do ya want for nothing?"),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
}

TEST(StatisticsExport, ARegionGetsPseudonymsNeverCprNumbersAndSmallGroupsAreSuppressed) {
  const std::string dir = MakeTempDir();
  const registry::Dataset dataset = tools::GenerateDemoData({7, 30});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  ServerProcess server({"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--retention", "off", "--demo-data", dir + "/demo.json"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  const int port = server.port();
  std::string region;
  for (const auto& institution : dataset.institutions) {
    if (institution.number == "101001") region = std::to_string(institution.region_code);
  }
  ASSERT_FALSE(region.empty());

  // Adults apply (no guardian needed): twelve to 101001, the first with a disability claim.
  std::vector<registry::Person> applicants;
  for (const auto& person : dataset.persons) {
    const auto born = cpr::CheckCpr(person.cpr).birth_date;
    if (born && *born < Date{2008, 1, 1} && applicants.size() < 12) applicants.push_back(person);
  }
  ASSERT_EQ(applicants.size(), 12u);
  for (std::size_t i = 0; i < applicants.size(); ++i) {
    const Headers me = LoginAsPerson(port, applicants[i].cpr);
    std::string claim;
    if (i == 0) {
      const Answer uploaded = Post(port, "/api/v1/me/attachments", kPdf, "application/pdf", me);
      ASSERT_EQ(uploaded.status, 200);
      claim = R"(, "forrang": [{"wish": 1, "ground": "handicap", "attachment": ")" + uploaded.json["sha256"].get<std::string>() + R"("}])";
    }
    const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@b.dk"})" + claim + "}}";
    ASSERT_EQ(Put(port, "/api/v1/me/application", draft, me).status, 200);
    const Answer submitted = Post(port, "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
    ASSERT_EQ(submitted.status, 200) << submitted.body;
  }

  const Headers staff = LoginAs(port, "region", region);
  const std::string path = "/api/v1/regions/" + region + "/statistics?year=2027&format=json";
  const Answer json = Get(port, path, staff);
  ASSERT_EQ(json.status, 200) << json.body;
  EXPECT_EQ(json.json["format"], "optagelse-statistics-1");
  EXPECT_EQ(json.json["min_group"], 5);
  const auto& records = json.json["records"];
  std::set<std::string> pseudonyms;
  int suppressed_grounds = 0;
  for (const auto& record : records) {
    pseudonyms.insert(record["pseudonym"].get<std::string>());
    suppressed_grounds += record["forrang_ground"] == "suppressed";
  }
  EXPECT_EQ(pseudonyms.size() + json.json["suppression"]["records_dropped"].get<std::size_t>(), 12u);
  EXPECT_EQ(suppressed_grounds + json.json["suppression"]["records_dropped"].get<int>() > 0, true);
  for (const auto& person : applicants) {
    EXPECT_EQ(json.body.find(person.cpr), std::string::npos) << "a CPR number in the statistics";
    EXPECT_EQ(json.body.find(person.name), std::string::npos) << "a name in the statistics";
    EXPECT_EQ(json.body.find(person.cpr.substr(0, 6)), std::string::npos) << "a birth date in the statistics";
  }

  // Stable: the same pseudonyms again, as CSV, and from the CLI with the server's key.
  const Answer csv = Get(port, "/api/v1/regions/" + region + "/statistics?year=2027", staff);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.body.substr(0, csv.body.find("\r\n")),
            "pseudonym,admission_year,birth_year,sex,municipality_code,status,wishes,first_institution,first_programme,forrang_ground,allocated");
  for (const std::string& pseudonym : pseudonyms) EXPECT_NE(csv.body.find(pseudonym), std::string::npos);
  std::string out;
  std::string errors;
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "statistics", "--db", server.database(), "--year", "2027", "--region", region, "--format", "json"},
                       out, errors), 0) << errors;
  for (const std::string& pseudonym : pseudonyms) EXPECT_NE(out.find(pseudonym), std::string::npos);
  // Another key, other pseudonyms.
  out.clear();
  ASSERT_EQ(RunProgram({OPTAGELSE_CLI_BINARY, "statistics", "--db", server.database(), "--year", "2027", "--key", dir + "/other.key"},
                       out, errors), 0) << errors;
  for (const std::string& pseudonym : pseudonyms) EXPECT_EQ(out.find(pseudonym), std::string::npos);
  EXPECT_EQ(std::filesystem::status(dir + "/other.key").permissions() & std::filesystem::perms::others_read, std::filesystem::perms::none);
  // The key is beside the database, never in it.
  std::ifstream key_file(server.database() + ".statistics-key");
  std::string key;
  std::getline(key_file, key);
  ASSERT_EQ(key.size(), 64u);
  std::ifstream db_file(server.database(), std::ios::binary);
  const std::string db_bytes((std::istreambuf_iterator<char>(db_file)), {});
  EXPECT_EQ(db_bytes.find(key), std::string::npos);

  // Audited per person; refused to others and for bad parameters.
  auto db = store::Database::Open(server.database());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM audit_log WHERE action = 'export pseudonymised statistics' AND subject_cpr = '" +
                          applicants[3].cpr + "'"), 4);  // JSON, CSV, and the two CLI runs
  EXPECT_EQ(Get(port, path, LoginAs(port, "institution", "101001")).status, 403);
  EXPECT_EQ(Get(port, "/api/v1/regions/" + region + "/statistics?year=2027&min_group=2", staff).status, 400);
  EXPECT_EQ(Get(port, "/api/v1/regions/" + region + "/statistics?format=xml", staff).json["errors"][0]["field"], "format");
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
