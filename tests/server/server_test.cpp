// The server as a client sees it: a real process on a loopback port with a real SQLite file.
#include <signal.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "store/migrations.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

// A folder with a stand-in web build (index.html and a .wasm file) to serve.
std::string MakeWebRoot(const std::string& dir) {
  const std::string root = dir + "/web";
  std::filesystem::create_directories(root);
  std::ofstream(root + "/index.html") << "<!doctype html><title>Optagelse</title>";
  std::ofstream(root + "/optagelse.wasm", std::ios::binary) << std::string("\0asm\1\0\0\0", 8);
  return root;
}

std::string WriteDemoData(const std::string& dir, int pupils) {
  const std::string path = dir + "/demo.json";
  std::ofstream(path) << wire::Dump(wire::DatasetToJson(tools::GenerateDemoData({7, pupils})));
  return path;
}

// The environment the running server process was started with (after its own restart, if any).
// The server allocates with jemalloc (server/CMakeLists.txt), except under the sanitizers.
TEST(Server, AllocatesWithJemalloc) {
#ifdef __SANITIZE_ADDRESS__
  GTEST_SKIP() << "built with AddressSanitizer, whose allocator the server uses instead";
#endif
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  std::ifstream maps("/proc/" + std::to_string(server.pid()) + "/maps");
  const std::string mapped((std::istreambuf_iterator<char>(maps)), std::istreambuf_iterator<char>());
  EXPECT_NE(mapped.find("libjemalloc"), std::string::npos);
  EXPECT_EQ(Get(server.port(), "/api/v1/health").status, 200);
}

TEST(Server, HealthReportsVersionAndDatabase) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  const Answer answer = Get(server.port(), "/api/v1/health");
  EXPECT_EQ(answer.status, 200);
  EXPECT_EQ(answer.content_type, "application/json; charset=utf-8");
  EXPECT_EQ(answer.json["service"], "optagelse");
  EXPECT_EQ(answer.json["version"], OPTAGELSE_EXPECTED_VERSION);
  EXPECT_EQ(answer.json["database"]["status"], "ok");
  EXPECT_EQ(answer.json["database"]["schema_version"], store::LatestSchemaVersion());
  EXPECT_EQ(answer.json["database"]["persons"], 0);
}

TEST(Server, DatabaseIsARealSqliteFileInWalMode) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  ASSERT_EQ(Get(server.port(), "/api/v1/health").status, 200);
  auto db = store::Database::Open(server.database());
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(db->JournalMode(), "wal");
  EXPECT_EQ(*db->QueryInt("SELECT max(version) FROM schema_migrations"), store::LatestSchemaVersion());
}

// Group commit (store/group_commit.h): the server commits without flushing and flushes the WAL
// before an answer leaves. With one request at a time, each answer after a write needs a flush of
// its own; were the answers not waiting, the count of flushes would not move.
TEST(Server, EveryAnswerAfterAWriteWaitsForTheWalFlush) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  const Answer before = Get(server.port(), "/api/v1/health");
  ASSERT_EQ(before.status, 200);
  constexpr int kLogins = 5;
  for (int i = 0; i < kLogins; ++i) ASSERT_FALSE(LoginAs(server.port(), "region", "1084").empty());
  const Answer after = Get(server.port(), "/api/v1/health");
  const auto commits = after.json["database"]["commits"].get<long long>() - before.json["database"]["commits"].get<long long>();
  const auto flushes = after.json["database"]["wal_flushes"].get<long long>() - before.json["database"]["wal_flushes"].get<long long>();
  EXPECT_GE(commits, kLogins);
  EXPECT_GE(flushes, kLogins) << after.body;
  auto db = store::Database::Open(server.database());
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM sessions"), kLogins) << "every acknowledged login is stored";
}

TEST(Server, DemoDataIsLoadedOnceAndCountedByHealth) {
  const std::string dir = MakeTempDir();
  const std::string demo = WriteDemoData(dir, 25);
  const auto dataset = tools::GenerateDemoData({7, 25});
  {
    ServerProcess server({"--demo-data", demo}, dir);
    ASSERT_TRUE(server.started()) << server.output();
    const Answer answer = Get(server.port(), "/api/v1/health");
    EXPECT_EQ(answer.json["database"]["persons"], dataset.persons.size());
    EXPECT_EQ(answer.json["database"]["institutions"], dataset.institutions.size());
    EXPECT_EQ(server.Stop(), 0);
  }
  {
    // A restart on the same file keeps the data and loads nothing twice.
    ServerProcess again({"--demo-data", demo}, dir);
    ASSERT_TRUE(again.started()) << again.output();
    EXPECT_EQ(Get(again.port(), "/api/v1/health").json["database"]["persons"], dataset.persons.size());
    EXPECT_NE(again.output().find("demo data already present"), std::string::npos);
  }
  std::filesystem::remove_all(dir);
}

TEST(Server, TheDemoLoginPickerOffersPeopleOnlyOnADemoServer) {
  const std::string dir = MakeTempDir();
  const std::string demo = WriteDemoData(dir, 25);
  {
    ServerProcess plain({"--demo-data", demo, "--demo-login", "no"}, dir);
    EXPECT_FALSE(plain.started()) << "no way to sign in: the server must refuse to start";
    EXPECT_NE(plain.output().find("--demo-login yes"), std::string::npos) << plain.output();
  }
  ServerProcess server({"--demo-data", demo, "--demo-login", "yes"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  const Answer answer = Get(server.port(), "/api/v1/demo/people");
  ASSERT_EQ(answer.json["people"].size(), 8u) << answer.body;
  const auto dataset = tools::GenerateDemoData({7, 25});
  for (const auto& person : answer.json["people"]) {
    const auto child = std::find_if(dataset.persons.begin(), dataset.persons.end(), [&](const auto& p) { return p.cpr == person["cpr"]; });
    ASSERT_NE(child, dataset.persons.end());
    EXPECT_NE(std::find(child->guardians.begin(), child->guardians.end(), person["guardian"]["cpr"]), child->guardians.end());
    EXPECT_EQ(person["name"].is_null(), child->name_protected);      // protection honoured here too
  }
  std::string out, err;
  EXPECT_NE(RunProgram({OPTAGELSE_SERVER_BINARY, "--demo-login", "maybe"}, out, err), 0);
  std::filesystem::remove_all(dir);
}

TEST(Server, BadDemoDataIsRefusedAndWritesNothing) {
  const std::string dir = MakeTempDir();
  auto dataset = tools::GenerateDemoData({3, 10});
  dataset.persons.back().cpr = "3102091234";  // an impossible date, last in the file
  std::ofstream(dir + "/bad.json") << wire::Dump(wire::DatasetToJson(dataset));
  {
    ServerProcess server({"--demo-data", dir + "/bad.json"}, dir);
    EXPECT_FALSE(server.started());
    EXPECT_NE(server.output().find("persons[" + std::to_string(dataset.persons.size() - 1) + "].cpr"), std::string::npos)
        << server.output();
  }
  auto db = store::Database::Open(dir + "/test.db");
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM persons"), 0);
  std::filesystem::remove_all(dir);
}

TEST(Server, ServesTheWebBuildWithWasmMimeType) {
  const std::string dir = MakeTempDir();
  ServerProcess server({"--web-root", MakeWebRoot(dir)});
  ASSERT_TRUE(server.started()) << server.output();
  const Answer index = Get(server.port(), "/");
  EXPECT_EQ(index.status, 200);
  EXPECT_NE(index.body.find("<title>Optagelse</title>"), std::string::npos);
  const Answer wasm = Get(server.port(), "/optagelse.wasm");
  EXPECT_EQ(wasm.status, 200);
  EXPECT_EQ(wasm.content_type, "application/wasm");
  std::filesystem::remove_all(dir);
}

TEST(Server, UnknownApiPathIsAJsonErrorWithBothLanguages) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  const Answer answer = Get(server.port(), "/api/v1/no-such-thing");
  EXPECT_EQ(answer.status, 404);
  ASSERT_EQ(answer.json["errors"].size(), 1u);
  EXPECT_EQ(answer.json["errors"][0]["code"], 1002);
  EXPECT_EQ(answer.json["errors"][0]["field"], "path");
  EXPECT_FALSE(answer.json["errors"][0]["message"]["da"].get<std::string>().empty());
  EXPECT_FALSE(answer.json["errors"][0]["message"]["en"].get<std::string>().empty());
}

TEST(Server, CprCheckAnswersAndRejectsBadRequestsWithCodes) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  const Answer ok = Post(server.port(), "/api/v1/cpr/check", R"({"cpr":"6701104002"})", "application/json");
  EXPECT_EQ(ok.status, 200);
  EXPECT_EQ(ok.json["status"], "fictitious");
  EXPECT_EQ(ok.json["reason"], "cpr_fictitious_day_plus60");

  const Answer not_json = Post(server.port(), "/api/v1/cpr/check", "{", "application/json");
  EXPECT_EQ(not_json.status, 400);
  EXPECT_EQ(not_json.json["errors"][0]["code"], 1005);

  const Answer wrong_type = Post(server.port(), "/api/v1/cpr/check", "cpr=1", "application/x-www-form-urlencoded");
  EXPECT_EQ(wrong_type.status, 415);
  EXPECT_EQ(wrong_type.json["errors"][0]["field"], "Content-Type");

  const Answer missing = Post(server.port(), "/api/v1/cpr/check", R"({"number":"1"})", "application/json");
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.json["errors"][0]["code"], 1006);
  EXPECT_EQ(missing.json["errors"][0]["field"], "cpr");
}

// Sends raw bytes and returns the status line of the answer.
std::string RawRequest(int port, const std::string& request) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) return "";
  (void)!write(fd, request.data(), request.size());
  char buffer[4096];
  const ssize_t n = read(fd, buffer, sizeof buffer);
  close(fd);
  const std::string answer(buffer, n > 0 ? static_cast<std::size_t>(n) : 0);
  return answer.substr(0, answer.find("\r\n"));
}

TEST(Server, OversizeBodiesAreRefusedBeforeTheyAreRead) {
  ServerProcess server({"--max-body", "4096"});
  ASSERT_TRUE(server.started()) << server.output();
  // Announces 11 MB but sends a few bytes: the answer must come from the header alone.
  EXPECT_EQ(RawRequest(server.port(),
                       "POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       "Content-Length: 11534336\r\n\r\n{\"cpr\":"),
            "HTTP/1.1 413 Payload Too Large");
  const Answer small_enough = Post(server.port(), "/api/v1/cpr/check", R"({"cpr":"0101900002"})", "application/json");
  EXPECT_EQ(small_enough.status, 200);
  const Answer too_big = Post(server.port(), "/api/v1/cpr/check", std::string(5000, ' '), "application/json");
  EXPECT_EQ(too_big.status, 413);
  EXPECT_EQ(too_big.json["errors"][0]["code"], 1003);
}

TEST(Server, ChunkedBodiesAndPathTraversalAreRefused) {
  const std::string dir = MakeTempDir();
  ServerProcess server({"--web-root", MakeWebRoot(dir)});
  ASSERT_TRUE(server.started()) << server.output();
  EXPECT_EQ(RawRequest(server.port(),
                       "POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                       "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n"),
            "HTTP/1.1 411 Length Required");
  const std::string traversal = RawRequest(server.port(), "GET /../../../etc/passwd HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_TRUE(traversal == "HTTP/1.1 400 Bad Request" || traversal == "HTTP/1.1 404 Not Found") << traversal;
  std::filesystem::remove_all(dir);
}

TEST(Server, StopsCleanlyOnSigtermAndRestartsOnTheSameFile) {
  const std::string dir = MakeTempDir();
  {
    ServerProcess first({}, dir);
    ASSERT_TRUE(first.started()) << first.output();
    EXPECT_EQ(first.Stop(), 0);
    EXPECT_NE(first.output().find("stopped"), std::string::npos);
  }
  ServerProcess second({}, dir);
  ASSERT_TRUE(second.started()) << second.output();
  EXPECT_EQ(Get(second.port(), "/api/v1/health").json["database"]["schema_version"], store::LatestSchemaVersion());
  std::filesystem::remove_all(dir);
}

// SIGTERM right after "listening" reaches the server before its accept loop runs; it must stop anyway.
TEST(Server, StopsEvenWhenTheSignalComesBeforeItsLoopRuns) {
  for (int i = 0; i < 20; ++i) {
    ServerProcess server;
    ASSERT_TRUE(server.started()) << server.output();
    ASSERT_EQ(server.Stop(), 0) << "run " << i << ": " << server.output();
  }
}

TEST(Server, RefusesBadOptionsWithAClearMessage) {
  std::string out, err;
  EXPECT_NE(RunProgram({OPTAGELSE_SERVER_BINARY, "--port", "99999"}, out, err), 0);
  EXPECT_NE(err.find("--port"), std::string::npos) << err;
}

TEST(Migrations, AreIdempotent) {
  const std::string dir = MakeTempDir();
  auto db = store::Database::Open(dir + "/m.db");
  ASSERT_TRUE(db.has_value());
  EXPECT_EQ(*store::Migrate(*db), store::LatestSchemaVersion());
  EXPECT_EQ(*store::Migrate(*db), store::LatestSchemaVersion());
  EXPECT_EQ(*db->QueryInt("SELECT count(*) FROM schema_migrations"), store::LatestSchemaVersion());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
