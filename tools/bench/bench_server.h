// A real optagelse-server for the benches: started on a free loopback port with the given flags,
// ready once /api/v1/health answers, stopped with SIGTERM when the object goes.
#pragma once

#include <sys/types.h>

#include <memory>
#include <ostream>
#include <string>
#include <vector>

namespace optagelse::bench {

class BenchServer {
 public:
  // Null (and why, on `out`) if it did not start or come up within a minute.
  static std::unique_ptr<BenchServer> Start(const std::string& binary, const std::vector<std::string>& flags, std::ostream& out);
  ~BenchServer();
  BenchServer(const BenchServer&) = delete;
  BenchServer& operator=(const BenchServer&) = delete;

  int port() const { return port_; }
  // The server's private resident memory (heap, stacks, SQLite's page cache) in kilobytes: what a
  // leak grows. The file-backed part (the database mapped with mmap_size, the binary) is left out -
  // it follows the database file's size and the kernel reclaims it.
  long PrivateKilobytes() const;

 private:
  BenchServer(pid_t pid, int port) : pid_(pid), port_(port) {}
  pid_t pid_;
  int port_;
};

}  // namespace optagelse::bench
