// Helper processes: see child_process.h.
#include "bench/child_process.h"

#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace optagelse::bench {

std::unique_ptr<ChildProcess> ChildProcess::Start(const std::vector<std::string>& argv, const std::regex& ready,
                                                  std::chrono::seconds timeout, std::string& output) {
  std::vector<std::string> args = argv;
  std::vector<char*> pointers;
  for (std::string& arg : args) pointers.push_back(arg.data());
  pointers.push_back(nullptr);
  int pipe_fds[2];
  if (pipe(pipe_fds) != 0) return nullptr;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  pid_t pid = -1;
  const int spawned = posix_spawnp(&pid, pointers[0], &actions, nullptr, pointers.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (spawned != 0) {
    close(pipe_fds[0]);
    output = "cannot start " + argv[0];
    return nullptr;
  }
  std::unique_ptr<ChildProcess> child(new ChildProcess(pid, pipe_fds[0]));
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::smatch match;
  char buffer[4096];
  while (!std::regex_search(output, match, ready) && std::chrono::steady_clock::now() < deadline) {
    pollfd p{child->fd_, POLLIN, 0};
    if (poll(&p, 1, 100) <= 0) continue;
    const ssize_t n = read(child->fd_, buffer, sizeof buffer);
    if (n <= 0) break;
    output.append(buffer, static_cast<std::size_t>(n));
  }
  if (!std::regex_search(output, match, ready)) return nullptr;
  child->ready_value_ = match.size() > 1 ? match[1].str() : match[0].str();
  return child;
}

ChildProcess::~ChildProcess() { Stop(); }

void ChildProcess::Stop() {
  if (pid_ > 0) {
    kill(pid_, SIGTERM);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }
  if (fd_ >= 0) {
    close(fd_);
    fd_ = -1;
  }
}

}  // namespace optagelse::bench
