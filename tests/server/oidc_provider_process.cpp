// The OpenID provider process for tests: see oidc_provider_process.h.
#include "oidc_provider_process.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <regex>
#include <vector>

#include <httplib.h>

#include "bench/free_port.h"

extern char** environ;

namespace optagelse::testing {

OidcProviderProcess::OidcProviderProcess(const std::string& dir, const std::string& redirect_uri,
                                         const std::string& post_logout_uri, const std::string& client_secret,
                                         const wire::Json& accounts, std::vector<std::string> extra_args) {
  const std::string accounts_file = dir + "/oidc-accounts.json";
  std::ofstream(accounts_file) << wire::Dump(accounts);
  std::vector<std::string> args{"node",           std::string(OPTAGELSE_SOURCE_DIR) + "/tests/oidc/provider.mjs",
                                "--redirect-uri", redirect_uri,
                                "--post-logout-uri", post_logout_uri,
                                "--client-secret", client_secret,
                                "--accounts",     accounts_file};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  const int spawned = posix_spawnp(&pid_, "node", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  read_fd_ = pipe_fds[0];
  if (spawned != 0) {
    pid_ = -1;
    return;
  }
  const std::regex ready("\\{\"issuer\":\"(https?://127\\.0\\.0\\.1:([0-9]+))\"\\}");
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(20);
  std::smatch match;
  char buffer[4096];
  while (!std::regex_search(output_, match, ready) && std::chrono::steady_clock::now() < deadline) {
    pollfd p{read_fd_, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = read(read_fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    output_.append(buffer, static_cast<std::size_t>(n));
  }
  if (std::regex_search(output_, match, ready)) {
    issuer_ = match[1];
    port_ = std::stoi(match[2]);
  }
}

OidcProviderProcess::~OidcProviderProcess() { Stop(); }

void OidcProviderProcess::Stop() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  if (read_fd_ >= 0) close(read_fd_);
  read_fd_ = -1;
}

wire::Json OidcProviderProcess::Control(const std::string& path, const wire::Json& body) {
  httplib::Client client(issuer_);
  client.enable_server_certificate_verification(false);  // the test's own provider, on loopback
  client.set_read_timeout(20, 0);
  const auto answer = client.Post(path.c_str(), wire::Dump(body), "application/json");
  if (!answer) return wire::Json{{"error", httplib::to_string(answer.error())}};
  auto json = wire::ParseJson(answer->body);
  return json ? *json : wire::Json{{"error", answer->body}};
}

void OidcProviderProcess::Tamper(const std::string& mode) { Control("/__test/tamper", {{"mode", mode}}); }

void OidcProviderProcess::RotateKeys() { Control("/__test/rotate", wire::Json::object()); }

std::string OidcProviderProcess::Drive(const std::string& authorization_url, const std::string& login) {
  const wire::Json answer = Control("/__test/drive", {{"url", authorization_url}, {"login", login}});
  if (answer.contains("location") && answer["location"].is_string()) return answer["location"].get<std::string>();
  output_ += "\ndrive: " + wire::Dump(answer);
  return "";
}

int FreeLoopbackPort() { return bench::FreeLoopbackPort(); }

}  // namespace optagelse::testing
