// The README's TLS proxy: docs/deploy/nginx.conf, run as it stands (its @NAMES@ replaced) by
// Debian's nginx in front of a real server on loopback. Browsers get HTTPS with HSTS, a login and
// its session cookie work through it, and a body over the server's limit ends at the proxy.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "cli/demo_generator.h"
#include "oidc_provider_process.h"
#include "server_process.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream file(path);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

void ReplaceAll(std::string& text, const std::string& name, const std::string& value) {
  for (std::size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + value.size())) {
    text.replace(at, name.size(), value);
  }
}

// nginx in the foreground (daemon off) on the given configuration, stopped at the end of the scope.
class NginxProcess {
 public:
  explicit NginxProcess(const std::string& config) {
    pid_ = fork();
    if (pid_ == 0) {
      execl("/usr/sbin/nginx", "nginx", "-c", config.c_str(), "-g", "daemon off;", static_cast<char*>(nullptr));
      _exit(127);
    }
  }
  ~NginxProcess() {
    if (pid_ <= 0) return;
    kill(pid_, SIGQUIT);
    int status = 0;
    waitpid(pid_, &status, 0);
  }
  NginxProcess(const NginxProcess&) = delete;
  NginxProcess& operator=(const NginxProcess&) = delete;

 private:
  pid_t pid_ = -1;
};

TEST(ReverseProxy, TheDocumentedNginxConfigurationServesTheAppOverHttps) {
  const std::string dir = MakeTempDir();
  std::string out, err;
  ASSERT_EQ(RunProgram({"/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                        "-keyout", dir + "/key.pem", "-out", dir + "/cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1",
                        "-addext", "subjectAltName=IP:127.0.0.1"},
                       out, err),
            0)
      << err;
  const registry::Dataset dataset = tools::GenerateDemoData({7, 10});
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  ServerProcess server({"--demo-data", dir + "/demo.json", "--max-body", "1048576"}, dir);
  ASSERT_TRUE(server.started()) << server.output();

  const int port = FreeLoopbackPort();
  std::string config = ReadFile(std::string(OPTAGELSE_SOURCE_DIR) + "/docs/deploy/nginx.conf");
  ASSERT_FALSE(config.empty());
  ReplaceAll(config, "@RUN_DIR@", dir);
  ReplaceAll(config, "@LISTEN@", "127.0.0.1:" + std::to_string(port));
  ReplaceAll(config, "@SERVER_NAME@", "localhost");
  ReplaceAll(config, "@CERT@", dir + "/cert.pem");
  ReplaceAll(config, "@KEY@", dir + "/key.pem");
  ReplaceAll(config, "@UPSTREAM@", "127.0.0.1:" + std::to_string(server.port()));
  ReplaceAll(config, "client_max_body_size 32m;", "client_max_body_size 1m;");  // as --max-body above
  std::istringstream lines(config);
  for (std::string line; std::getline(lines, line);) {
    if (line.find('#') == std::string::npos) {
      ASSERT_EQ(line.find('@'), std::string::npos) << "left unreplaced: " << line;
    }
  }
  std::ofstream(dir + "/nginx.conf") << config;
  const NginxProcess nginx(dir + "/nginx.conf");

  httplib::SSLClient client("127.0.0.1", port);
  client.set_ca_cert_path((dir + "/cert.pem").c_str());
  client.enable_server_certificate_verification(true);
  auto health = client.Get("/api/v1/health");
  for (int attempt = 0; attempt < 100 && !health; ++attempt) {  // until nginx listens
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    health = client.Get("/api/v1/health");
  }
  ASSERT_TRUE(health) << httplib::to_string(health.error()) << "\n" << ReadFile(dir + "/error.log");
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
  EXPECT_NE(health->get_header_value("Content-Security-Policy"), "") << "the server's own headers pass through";

  // A login through the proxy: the cookie it sets is the one the next request is known by.
  const auto login = client.Post("/api/v1/session", R"({"role": "region", "organisation": "1084"})", "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  std::string cookie = login->get_header_value("Set-Cookie");
  cookie = cookie.substr(0, cookie.find(';'));
  const auto session = client.Get("/api/v1/session", {{"Cookie", cookie}});
  ASSERT_TRUE(session);
  EXPECT_EQ(session->status, 200);
  EXPECT_NE(session->body.find("\"organisation\":\"1084\""), std::string::npos) << session->body;

  // A body over the limit is refused by the proxy before the server reads any of it.
  const auto large = client.Post("/api/v1/session", std::string(2 * 1024 * 1024, 'x'), "application/json");
  ASSERT_TRUE(large);
  EXPECT_EQ(large->status, 413);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
