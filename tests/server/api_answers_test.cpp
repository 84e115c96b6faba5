// The typed answers (shared/wire/*_answers.h) through a real server: docs/api-answers.md is what
// the codecs generate, and what the server writes reads back through the same codec the app uses,
// with the values the test put there.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "wire/answer_catalog.h"
#include "wire/application_answers.h"
#include "wire/attachment_answers.h"
#include "wire/audit_answers.h"
#include "wire/demo_answers.h"
#include "wire/registry_wire.h"
#include "wire/service_answers.h"

namespace optagelse::testing {
namespace {

TEST(ApiAnswers, TheDocumentIsWhatTheCodecsGenerate) {
  std::ifstream file(std::string(OPTAGELSE_SOURCE_DIR) + "/docs/api-answers.md", std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  EXPECT_EQ(text.str(), wire::ApiAnswersMarkdown())
      << "docs/api-answers.md is out of date: build/native/tools/optagelse api-answers > docs/api-answers.md";
}

TEST(ApiAnswers, TheServerWritesWhatTheAppReads) {
  const std::string dir = MakeTempDir();
  const registry::Dataset dataset = tools::GenerateDemoData({11, 30});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  ServerProcess server({"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--retention", "off",
                        "--demo-data", dir + "/demo.json"},
                       dir);
  ASSERT_TRUE(server.started()) << server.output();

  auto service = wire::DecodeAnswerText<wire::ServiceInfo>(Get(server.port(), "/api/v1/service").body);
  ASSERT_TRUE(service) << service.error().field;
  EXPECT_EQ(service->operator_name, "Optagelse (demo)");  // the default until the operator names itself
  EXPECT_TRUE(service->demo);

  auto people = wire::DecodeAnswerText<wire::DemoPeople>(Get(server.port(), "/api/v1/demo/people").body);
  ASSERT_TRUE(people) << people.error().field;
  ASSERT_FALSE(people->people.empty());
  const wire::DemoPerson& young = people->people.front();
  EXPECT_EQ(cpr::CheckCpr(young.cpr).status, cpr::CprStatus::kValidFormat);
  EXPECT_FALSE(young.guardian.cpr.empty());

  const Headers me = LoginAsPerson(server.port(), young.cpr);
  auto before = wire::DecodeAnswerText<wire::MyApplicationAnswer>(Get(server.port(), "/api/v1/me/application", me).body);
  ASSERT_TRUE(before) << before.error().field;
  EXPECT_EQ(before->window.admission_year, 2027);
  EXPECT_EQ(before->window.phase, "open");
  EXPECT_FALSE(before->application.has_value());  // nothing saved yet
  EXPECT_FALSE(before->person.name.empty());

  const Answer saved = Put(server.port(), "/api/v1/me/application",
                           R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}]}})", me);
  ASSERT_EQ(saved.status, 200) << saved.body;
  auto change = wire::DecodeAnswerText<wire::ApplicationChangeAnswer>(saved.body);
  ASSERT_TRUE(change) << change.error().field;
  EXPECT_EQ(change->application.status, "draft");
  EXPECT_EQ(change->application.version, 1);
  EXPECT_FALSE(change->application.signature.valid);  // no guardian has signed
  ASSERT_TRUE(change->application.history.has_value());
  EXPECT_EQ(change->application.history->back().event, "saved");
  EXPECT_FALSE(change->unchanged);

  auto after = wire::DecodeAnswerText<wire::MyApplicationAnswer>(Get(server.port(), "/api/v1/me/application", me).body);
  ASSERT_TRUE(after && after->application) << (after ? "" : after.error().field);
  EXPECT_EQ(after->application->id, change->application.id);
  EXPECT_EQ(after->application->content["wishes"][0]["institution"], "101001");
  const std::string pdf = "%PDF-1.4\n% answers\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";
  httplib::Headers upload = me;
  upload.emplace("X-File-Name", "l%C3%A6geerkl%C3%A6ring.pdf");
  const Answer posted = Post(server.port(), "/api/v1/me/attachments", pdf, "application/pdf", upload);
  ASSERT_EQ(posted.status, 200) << posted.body;
  auto stored = wire::DecodeAnswerText<wire::AttachmentInfo>(posted.body);
  ASSERT_TRUE(stored) << stored.error().field;
  EXPECT_EQ(stored->media_type, "application/pdf");
  EXPECT_EQ(stored->size, static_cast<std::int64_t>(pdf.size()));
  EXPECT_EQ(stored->file_name, "lægeerklæring.pdf");

  auto list = wire::DecodeAnswerText<wire::AttachmentList>(Get(server.port(), "/api/v1/me/attachments", me).body);
  ASSERT_TRUE(list) << list.error().field;
  ASSERT_EQ(list->attachments.size(), 1u);
  EXPECT_EQ(list->attachments[0].sha256, stored->sha256);

  auto trail = wire::DecodeAnswerText<wire::AuditTrailSeen>(Get(server.port(), "/api/v1/me/audit", me).body);
  ASSERT_TRUE(trail) << trail.error().field;
  ASSERT_FALSE(trail->entries.empty());
  bool saw_upload = false;
  for (const wire::AuditEntrySeen& entry : trail->entries) {
    if (entry.action != "upload attachment") continue;
    saw_upload = true;
    EXPECT_EQ(entry.actor, "self");
    EXPECT_FALSE(entry.actor_name.has_value());  // my own action: no name
    EXPECT_EQ(entry.detail, stored->sha256);
  }
  EXPECT_TRUE(saw_upload);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
