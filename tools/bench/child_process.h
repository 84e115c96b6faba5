// A helper process for tests and benches (a mail server, a provider): started with its output on a
// pipe, ready once a line matching `ready` appears, stopped with SIGTERM when the object goes.
#pragma once

#include <sys/types.h>

#include <chrono>
#include <memory>
#include <regex>
#include <string>
#include <vector>

namespace optagelse::bench {

class ChildProcess {
 public:
  // Null when it could not start or did not print `ready` in time; `output` then says what it printed.
  static std::unique_ptr<ChildProcess> Start(const std::vector<std::string>& argv, const std::regex& ready,
                                             std::chrono::seconds timeout, std::string& output);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  // The first submatch of `ready` in the output (a port, a URL).
  const std::string& ready_value() const { return ready_value_; }
  pid_t pid() const { return pid_; }
  void Stop();

 private:
  ChildProcess(pid_t pid, int fd) : pid_(pid), fd_(fd) {}
  pid_t pid_;
  int fd_;
  std::string ready_value_;
};

}  // namespace optagelse::bench
