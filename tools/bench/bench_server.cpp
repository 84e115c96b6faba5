// A real server for the benches: see bench_server.h.
#include "bench/bench_server.h"

#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <fstream>
#include <thread>

#include "bench/free_port.h"
#include "bench/lean_http_client.h"

extern char** environ;

namespace optagelse::bench {

std::unique_ptr<BenchServer> BenchServer::Start(const std::string& binary, const std::vector<std::string>& flags, std::ostream& out) {
  const int port = FreeLoopbackPort();
  std::vector<std::string> args{binary, "--port", std::to_string(port)};
  args.insert(args.end(), flags.begin(), flags.end());
  std::vector<char*> argv;
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) {
    out << "cannot start " << binary << "\n";
    return nullptr;
  }
  std::unique_ptr<BenchServer> server(new BenchServer(pid, port));
  LeanHttpClient probe("127.0.0.1", port);
  for (int i = 0; i < 600 && waitpid(pid, nullptr, WNOHANG) == 0; ++i) {
    if (auto health = probe.Get("/api/v1/health", {}); health && health->status == 200) return server;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  out << "the server did not come up (its own message is above)\n";
  kill(pid, SIGKILL);
  return nullptr;
}

BenchServer::~BenchServer() {
  kill(pid_, SIGTERM);
  waitpid(pid_, nullptr, 0);
}

long BenchServer::PrivateKilobytes() const {
  std::ifstream status("/proc/" + std::to_string(pid_) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("RssAnon:", 0) == 0) return std::stol(line.substr(8));
  }
  return 0;
}

}  // namespace optagelse::bench
