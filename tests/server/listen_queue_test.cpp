// The server's queue of connections it has not yet accepted holds a burst (server/listen_queue.h;
// issue "Hardening", load). Debian's httplib listens with a queue of 5: with the server too busy to
// accept - here stopped outright with SIGSTOP - the kernel completes the handshake for about 6
// clients and drops the others' attempts, which then wait a second to try again.
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <vector>

#include <gtest/gtest.h>

#include "api_client.h"
#include "server_process.h"

namespace optagelse::testing {
namespace {

// Stops a process until the end of the scope, whatever the test's assertions do meanwhile.
class Paused {
 public:
  explicit Paused(pid_t pid) : pid_(pid) { ::kill(pid_, SIGSTOP); }
  Paused(const Paused&) = delete;
  Paused& operator=(const Paused&) = delete;
  ~Paused() { ::kill(pid_, SIGCONT); }

 private:
  pid_t pid_;
};

// Starts a connection to the loopback port without waiting for it; -1 if no socket.
int StartConnecting(int port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
  if (fd < 0) return -1;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port));
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  (void)::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);  // EINPROGRESS
  return fd;
}

// How many of the connections complete their handshake within the time given.
int CountConnected(const std::vector<int>& sockets, std::chrono::milliseconds within) {
  std::vector<pollfd> waiting;
  for (const int fd : sockets) waiting.push_back({fd, POLLOUT, 0});
  const auto deadline = std::chrono::steady_clock::now() + within;
  int connected = 0;
  while (!waiting.empty()) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0 || ::poll(waiting.data(), waiting.size(), static_cast<int>(left.count())) <= 0) break;
    std::vector<pollfd> still;
    for (const pollfd& entry : waiting) {
      if (entry.revents == 0) {
        still.push_back({entry.fd, POLLOUT, 0});
        continue;
      }
      int error = 0;
      socklen_t length = sizeof error;
      if (::getsockopt(entry.fd, SOL_SOCKET, SO_ERROR, &error, &length) == 0 && error == 0) ++connected;
    }
    waiting = std::move(still);
  }
  return connected;
}

TEST(ListenQueue, AServerTooBusyToAcceptStillHoldsABurstOfNewConnections) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  constexpr int kBurst = 100;
  std::vector<int> sockets;
  {
    Paused paused(server.pid());
    for (int i = 0; i < kBurst; ++i) sockets.push_back(StartConnecting(server.port()));
    ASSERT_EQ(std::count(sockets.begin(), sockets.end(), -1), 0);
    // Less than the kernel's first retry of a dropped attempt (1 s): only queued connections count.
    EXPECT_EQ(CountConnected(sockets, std::chrono::milliseconds(700)), kBurst);
  }
  for (const int fd : sockets) ::close(fd);
  EXPECT_EQ(Get(server.port(), "/api/v1/health").status, 200);  // and the server goes on serving
}

}  // namespace
}  // namespace optagelse::testing
