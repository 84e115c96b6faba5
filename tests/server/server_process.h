// Runs the real server binary for a test: a fresh SQLite file in a temp folder, a free loopback
// port (the server prints it), and a clean SIGTERM at the end.
#pragma once

#include <sys/types.h>

#include <string>
#include <vector>

namespace optagelse::testing {

class ServerProcess {
 public:
  // Starts the server with --port 0 --db <dir>/test.db plus extra arguments (and --demo-login yes
  // unless they name --demo-login or --oidc-issuer); waits until it listens.
  explicit ServerProcess(std::vector<std::string> extra_args = {}, std::string dir = {});
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  bool started() const { return port_ > 0; }
  int port() const { return port_; }
  pid_t pid() const { return pid_; }
  const std::string& dir() const { return dir_; }
  std::string database() const { return dir_ + "/test.db"; }
  const std::string& output() const { return output_; }
  // Sends SIGTERM and waits; returns the exit status (or -1 if it had to be killed).
  int Stop();
  // SIGKILL at once, as a power cut or the kernel's OOM killer would: no handler, no clean-up.
  void Kill();

 private:
  pid_t pid_ = -1;
  int read_fd_ = -1;
  int exit_status_ = -1;
  int port_ = 0;
  bool owns_dir_ = false;
  std::string dir_;
  std::string output_;
};

// A new empty temp folder.
std::string MakeTempDir();
// Runs a program to completion; returns its exit code and fills stdout_text (stderr is kept apart).
int RunProgram(const std::vector<std::string>& argv, std::string& stdout_text, std::string& stderr_text);

}  // namespace optagelse::testing
