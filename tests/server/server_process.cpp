// A real server process for tests: see server_process.h.
#include "server_process.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <regex>

namespace optagelse::testing {
namespace {

std::vector<char*> Argv(std::vector<std::string>& args) {
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  return argv;
}

// Reads from fd until the predicate holds on what was read, or the deadline passes.
template <typename Done>
void ReadUntil(int fd, std::string& out, Done done, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[4096];
  while (!done(out) && std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = read(fd, buffer, sizeof buffer);
    if (n <= 0) break;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

// Starts args[0] with its stdout and stderr on the given pipe ends; returns the child's pid.
pid_t Spawn(std::vector<std::string> args, int stdout_fd, int stderr_fd, std::initializer_list<int> close_in_child) {
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(stdout_fd, STDOUT_FILENO);
    dup2(stderr_fd, STDERR_FILENO);
    for (const int fd : close_in_child) close(fd);
    execv(args[0].c_str(), Argv(args).data());
    _exit(127);
  }
  return pid;
}

}  // namespace

std::string MakeTempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "optagelse-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) std::abort();
  return pattern;
}

ServerProcess::ServerProcess(std::vector<std::string> extra_args, std::string dir) {
  owns_dir_ = dir.empty();
  dir_ = owns_dir_ ? MakeTempDir() : dir;
  std::vector<std::string> args = {OPTAGELSE_SERVER_BINARY, "--port", "0", "--db", database()};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  // The login simulator, unless the test signs in through an OpenID provider or says otherwise.
  const auto names = [&](const char* flag) { return std::find(extra_args.begin(), extra_args.end(), flag) != extra_args.end(); };
  if (!names("--demo-login") && !names("--oidc-issuer")) args.insert(args.end(), {"--demo-login", "yes"});
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return;
  pid_ = Spawn(args, pipe_fds[1], pipe_fds[1], {pipe_fds[0], pipe_fds[1]});
  close(pipe_fds[1]);
  const std::regex listening("listening on https?://[^:]+:([0-9]+)/");
  ReadUntil(pipe_fds[0], output_, [&](const std::string& text) {
    int status = 0;
    return std::regex_search(text, listening) || waitpid(pid_, &status, WNOHANG) == pid_;
  }, std::chrono::seconds(15));
  std::smatch match;
  if (std::regex_search(output_, match, listening)) port_ = std::stoi(match[1]);
  // The rest of the output is read at Stop(), so the pipe stays open meanwhile.
  read_fd_ = pipe_fds[0];
}

ServerProcess::~ServerProcess() {
  Stop();
  if (owns_dir_) std::filesystem::remove_all(dir_);
}

int ServerProcess::Stop() {
  if (pid_ <= 0) return exit_status_;
  kill(pid_, SIGTERM);
  int status = 0;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  while (waitpid(pid_, &status, WNOHANG) == 0) {
    if (std::chrono::steady_clock::now() > deadline) {
      kill(pid_, SIGKILL);
      waitpid(pid_, &status, 0);
      pid_ = -1;
      return exit_status_ = -1;
    }
    usleep(10000);
  }
  pid_ = -1;
  ReadUntil(read_fd_, output_, [](const std::string&) { return false; }, std::chrono::milliseconds(200));
  close(read_fd_);
  exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return exit_status_;
}

void ServerProcess::Kill() {
  if (pid_ <= 0) return;
  kill(pid_, SIGKILL);
  int status = 0;
  waitpid(pid_, &status, 0);
  pid_ = -1;
  close(read_fd_);
}

int RunProgram(const std::vector<std::string>& args, std::string& stdout_text, std::string& stderr_text) {
  int out_fds[2], err_fds[2];
  if (pipe(out_fds) != 0 || pipe(err_fds) != 0) return -1;
  const pid_t pid = Spawn(args, out_fds[1], err_fds[1], {out_fds[0], err_fds[0]});
  close(out_fds[1]);
  close(err_fds[1]);
  ReadUntil(out_fds[0], stdout_text, [](const std::string&) { return false; }, std::chrono::seconds(60));
  ReadUntil(err_fds[0], stderr_text, [](const std::string&) { return false; }, std::chrono::seconds(5));
  close(out_fds[0]);
  close(err_fds[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace optagelse::testing
