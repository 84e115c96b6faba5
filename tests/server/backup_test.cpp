// Backup and restore through real parts: `optagelse backup` copies the database while the server
// runs and writes; the copy checks out; `optagelse restore` makes a new database from it that a
// server starts on, with everything acknowledged before the backup and nothing after; existing
// files are never overwritten and a damaged backup restores nothing.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

int Cli(const std::vector<std::string>& args, std::string& out) {
  std::vector<std::string> argv{OPTAGELSE_CLI_BINARY};
  argv.insert(argv.end(), args.begin(), args.end());
  std::string errors;
  out.clear();
  return RunProgram(argv, out, errors);
}

TEST(Backup, AnOnlineCopyRestoresToAWorkingServerWithEverythingAcknowledgedBeforeIt) {
  const std::string dir = MakeTempDir();
  const registry::Dataset dataset = tools::GenerateDemoData({7, 30});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  std::vector<std::string> adults;
  for (const auto& person : dataset.persons) {
    const auto born = cpr::CheckCpr(person.cpr).birth_date;
    if (born && *born < Date{2008, 1, 1} && adults.size() < 2) adults.push_back(person.cpr);
  }
  ASSERT_EQ(adults.size(), 2u);
  const std::vector<std::string> clock{"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--retention", "off"};
  auto args = clock;
  args.insert(args.end(), {"--demo-data", dir + "/demo.json"});
  auto server = std::make_unique<ServerProcess>(args, dir);
  ASSERT_TRUE(server->started()) << server->output();
  const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@b.dk"}}})";
  ASSERT_EQ(Put(server->port(), "/api/v1/me/application", draft, LoginAsPerson(server->port(), adults[0])).status, 200);

  std::string out;
  ASSERT_EQ(Cli({"backup", "--db", server->database(), "--out", dir + "/backup.db"}, out), 0) << out;  // the server is running
  const auto report = wire::ParseJson(out);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ((*report)["integrity"], "ok");
  EXPECT_EQ((*report)["audit_intact"], true);
  EXPECT_GT((*report)["pages"].get<int>(), 0);
  ASSERT_EQ(Put(server->port(), "/api/v1/me/application", draft, LoginAsPerson(server->port(), adults[1])).status, 200);  // after it

  // Never over an existing file.
  const auto size = std::filesystem::file_size(dir + "/backup.db");
  EXPECT_EQ(Cli({"backup", "--db", server->database(), "--out", dir + "/backup.db"}, out), 2);
  EXPECT_EQ(std::filesystem::file_size(dir + "/backup.db"), size);
  server.reset();

  // A damaged backup restores nothing.
  std::filesystem::copy_file(dir + "/backup.db", dir + "/damaged.db");
  {
    std::fstream damaged(dir + "/damaged.db", std::ios::in | std::ios::out | std::ios::binary);
    damaged.seekp(0);
    damaged << "not a database, really not";
  }
  EXPECT_NE(Cli({"restore", "--from", dir + "/damaged.db", "--db", dir + "/from-damaged.db"}, out), 0);
  EXPECT_FALSE(std::filesystem::exists(dir + "/from-damaged.db"));

  // Restore into a new folder and start a server there.
  const std::string restored_dir = dir + "/restored";
  std::filesystem::create_directory(restored_dir);
  ASSERT_EQ(Cli({"restore", "--from", dir + "/backup.db", "--db", restored_dir + "/test.db"}, out), 0) << out;
  EXPECT_EQ(Cli({"restore", "--from", dir + "/backup.db", "--db", restored_dir + "/test.db"}, out), 2);  // exists now
  ServerProcess restored(clock, restored_dir);
  ASSERT_TRUE(restored.started()) << restored.output();
  const Answer first = Get(restored.port(), "/api/v1/me/application", LoginAsPerson(restored.port(), adults[0]));
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(first.json["application"].is_object());  // saved before the backup
  const Answer second = Get(restored.port(), "/api/v1/me/application", LoginAsPerson(restored.port(), adults[1]));
  ASSERT_EQ(second.status, 200);
  EXPECT_TRUE(second.json["application"].is_null());  // saved after it
  std::string verify;
  EXPECT_EQ(Cli({"audit", "verify", "--db", restored_dir + "/test.db"}, verify), 0) << verify;
  // The statistics key came along: the same pseudonyms after a restore.
  auto read = [](const std::string& path) {
    std::ifstream file(path);
    return std::string((std::istreambuf_iterator<char>(file)), {});
  };
  EXPECT_EQ(read(restored_dir + "/test.db.statistics-key"), read(dir + "/test.db.statistics-key"));
  EXPECT_FALSE(read(dir + "/test.db.statistics-key").empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
