// What one person may store, against a real server: at most 20 attachments and 25 MB together
// (beyond: a coded 409 or 413 and nothing stored), while the same file sent again is no new file.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

std::string Pdf(int number, std::size_t size = 64) {
  std::string content = "%PDF-1.4\n% attachment " + std::to_string(number) + "\n";
  content.resize(size, ' ');
  return content;
}

TEST(AttachmentQuota, TwentyFilesAndTwentyFiveMegabytesPerPerson) {
  const std::string dir = MakeTempDir();
  const registry::Dataset dataset = tools::GenerateDemoData({7, 10});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  ServerProcess server({"--now", "2027-02-10T10:00:00Z", "--demo-data", dir + "/demo.json", "--retention", "off"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  const Headers first = LoginAsPerson(server.port(), dataset.persons[0].cpr);
  for (int i = 0; i < 20; ++i) ASSERT_EQ(Post(server.port(), "/api/v1/me/attachments", Pdf(i), "application/pdf", first).status, 200);
  const Answer too_many = Post(server.port(), "/api/v1/me/attachments", Pdf(20), "application/pdf", first);
  EXPECT_EQ(too_many.status, 409);
  EXPECT_EQ(too_many.json["errors"][0]["name"], "attachment_too_many");
  EXPECT_EQ(too_many.json["errors"][0]["detail"], "20");
  EXPECT_EQ(Post(server.port(), "/api/v1/me/attachments", Pdf(3), "application/pdf", first).status, 200) << "the same file again";

  const Headers second = LoginAsPerson(server.port(), dataset.persons[1].cpr);
  constexpr std::size_t kNearlyFive = 5200 * 1000;  // five of them: 26,000,000 bytes, 24.8 MB
  for (int i = 0; i < 5; ++i) {
    ASSERT_EQ(Post(server.port(), "/api/v1/me/attachments", Pdf(i, kNearlyFive), "application/pdf", second).status, 200);
  }
  const Answer over = Post(server.port(), "/api/v1/me/attachments", Pdf(5, 1024 * 1024), "application/pdf", second);
  EXPECT_EQ(over.status, 413);
  EXPECT_EQ(over.json["errors"][0]["name"], "attachment_quota_exceeded");
  EXPECT_EQ(over.json["errors"][0]["detail"], "25");
  auto db = store::Database::Open(server.database());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM attachments"), 25);
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM audit_log WHERE action = 'upload attachment'"), 26) << "every stored upload, once each";
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
