// The right of insight through the real server: an applicant's export holds their register data,
// the application with its history and deletion date, the attachment (downloadable byte for byte),
// the school's report with the UPV, and who has looked - guardians by name, never by CPR number;
// the guardian's own export holds the signature they gave; the readable page shows the same and
// escapes what people typed; each export is audited; staff cannot export anyone.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <httplib.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

const std::string kPdf = "%PDF-1.4\n% insight\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

TEST(InsightExport, EverythingAboutMeInOneDocumentAndAPageOthersOnlyByName) {
  const std::string dir = MakeTempDir();
  const registry::Dataset dataset = tools::GenerateDemoData({7, 30});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  registry::Person minor;
  for (const auto& person : dataset.persons) {
    const auto born = cpr::CheckCpr(person.cpr).birth_date;
    if (!person.guardians.empty() && born && *born > Date{2009, 3, 1} && !person.name_protected) {
      minor = person;
      break;
    }
  }
  ASSERT_FALSE(minor.cpr.empty());
  const std::string guardian_cpr = minor.guardians[0];
  ServerProcess server({"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--retention", "off", "--demo-data", dir + "/demo.json"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  const int port = server.port();

  const Headers me = LoginAsPerson(port, minor.cpr);
  const Answer uploaded = Post(port, "/api/v1/me/attachments", kPdf, "application/pdf", me);
  ASSERT_EQ(uploaded.status, 200) << uploaded.body;
  const std::string sha = uploaded.json["sha256"].get<std::string>();
  const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "mig@example.dk"}}})";
  ASSERT_EQ(Put(port, "/api/v1/me/application", draft, me).status, 200);
  const Answer submitted = Post(port, "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const Headers guardian = LoginAsPerson(port, guardian_cpr);
  ASSERT_EQ(Get(port, "/api/v1/me/children", guardian).status, 200);
  const std::string sign = R"({"decision": "sign", "comment": "<script>alert(1)</script>", "content_sha256": ")" +
                           submitted.json["application"]["content_sha256"].get<std::string>() + R"("})";
  const std::string signature_path = "/api/v1/applications/" + std::to_string(submitted.json["application"]["id"].get<std::int64_t>()) + "/signature";
  ASSERT_EQ(Post(port, signature_path, sign, "application/json", guardian).status, 200);
  const Headers school = LoginAs(port, "school", "101002");
  const std::string csv = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n" + minor.cpr + ";Som Indberettet;101002;4800;9;9.B;2026-08-11\n";
  ASSERT_EQ(Post(port, "/api/v1/schools/101002/pupil-reports", csv, "text/csv", school).status, 200);
  const std::string upv = R"({"cpr": ")" + minor.cpr + R"(", "standpunkt": {"dansk": [7], "matematik": [4]}, "personal": true, "social": true})" "\n";
  ASSERT_EQ(Post(port, "/api/v1/schools/101002/upv-import", upv, "application/x-ndjson", school).status, 200);

  const Answer exported = Get(port, "/api/v1/me/export", me);
  ASSERT_EQ(exported.status, 200) << exported.body;
  const wire::Json& doc = exported.json;
  EXPECT_EQ(doc["format"], "optagelse-insight-1");
  EXPECT_EQ(doc["person"]["cpr"], minor.cpr);
  EXPECT_EQ(doc["person"]["name"], minor.name);
  ASSERT_EQ(doc["applications"].size(), 1u);
  EXPECT_EQ(doc["applications"][0]["content"]["contact"]["email"], "mig@example.dk");
  EXPECT_EQ(doc["applications"][0]["deletion"]["on"], "2027-10-31");
  ASSERT_EQ(doc["attachments"].size(), 1u);
  ASSERT_EQ(doc["pupil_records"].size(), 1u);
  EXPECT_EQ(doc["pupil_records"][0]["name_as_reported"], "Som Indberettet");
  EXPECT_EQ(doc["pupil_records"][0]["upv"].size(), 1u);
  EXPECT_EQ(doc["pupil_records"][0]["deletion"]["on"], "2029-06-30");  // leaves grade 9 on 30 June 2027, + 2 years
  EXPECT_FALSE(doc["audit_trail"].empty());
  bool guardian_named = false;
  for (const auto& relation : doc["person"]["relations"]) guardian_named = guardian_named || relation["relation"] == "guardian";
  EXPECT_TRUE(guardian_named);
  EXPECT_EQ(exported.body.find(guardian_cpr), std::string::npos) << "a guardian's CPR number in the applicant's export";

  // The attachment, byte for byte.
  const Answer file = Get(port, "/api/v1/me/attachments/" + sha, me);
  EXPECT_EQ(file.status, 200);
  EXPECT_EQ(file.body, kPdf);
  EXPECT_EQ(Get(port, "/api/v1/me/attachments/" + std::string(64, 'a'), me).status, 404);
  EXPECT_EQ(Get(port, "/api/v1/me/attachments/" + sha, guardian).status, 404);  // not the guardian's file

  // The guardian's own export: the signature they gave, the child by name; no child's CPR number.
  const Answer theirs = Get(port, "/api/v1/me/export", guardian);
  ASSERT_EQ(theirs.status, 200);
  ASSERT_EQ(theirs.json["signatures_given"].size(), 1u);
  EXPECT_EQ(theirs.json["signatures_given"][0]["comment"], "<script>alert(1)</script>");
  EXPECT_EQ(theirs.body.find(minor.cpr), std::string::npos);

  // The page: a download, HTML, every value escaped.
  httplib::Client client("127.0.0.1", port);
  const auto page = client.Get("/api/v1/me/export.html", guardian);
  ASSERT_TRUE(page);
  EXPECT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(page->get_header_value("Content-Disposition"), "attachment; filename=\"mine-oplysninger.html\"");
  EXPECT_EQ(page->get_header_value("Cache-Control"), "no-store");
  EXPECT_NE(page->body.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_EQ(page->body.find("<script>"), std::string::npos);
  const auto mine = client.Get("/api/v1/me/export.html", me);
  ASSERT_TRUE(mine);
  EXPECT_NE(mine->body.find(minor.name), std::string::npos);
  EXPECT_NE(mine->body.find("Som Indberettet"), std::string::npos);
  EXPECT_NE(mine->body.find("2027-10-31"), std::string::npos);

  // Audited, and nobody else's business.
  auto db = store::Database::Open(server.database());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM audit_log WHERE action = 'export own data' AND subject_cpr = '" + minor.cpr + "'"), 2);
  EXPECT_EQ(Get(port, "/api/v1/me/export", school).status, 403);
  EXPECT_EQ(Get(port, "/api/v1/me/export").status, 401);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
