// Closing a connection after its answer: see connection_closer.h.
#include "http/connection_closer.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>

namespace optagelse::http {
namespace {

constexpr const char* kCloseHeader = "Connection";
constexpr int kDrainPauseMicroseconds = 200 * 1000;              // a client silent this long is done
constexpr auto kDrainAtMost = std::chrono::seconds(2);           // a worker is held this long at most
constexpr std::size_t kDrainBytesAtMost = 64 * 1024 * 1024;

struct Endpoint {
  std::string address;
  int port = -1;
};

Endpoint EndpointOf(const sockaddr_storage& storage) {
  char text[INET6_ADDRSTRLEN] = {};
  if (storage.ss_family == AF_INET) {
    const auto& in = reinterpret_cast<const sockaddr_in&>(storage);
    inet_ntop(AF_INET, &in.sin_addr, text, sizeof text);
    return {text, ntohs(in.sin_port)};
  }
  if (storage.ss_family == AF_INET6) {
    const auto& in6 = reinterpret_cast<const sockaddr_in6&>(storage);
    inet_ntop(AF_INET6, &in6.sin6_addr, text, sizeof text);
    return {text, ntohs(in6.sin6_port)};
  }
  return {};
}

// The socket whose two ends are the request's, or -1.
int SocketOf(const httplib::Request& request) {
  DIR* folder = opendir("/proc/self/fd");
  if (!folder) return -1;
  int found = -1;
  while (const dirent* entry = readdir(folder)) {
    const int fd = std::atoi(entry->d_name);
    if (fd <= STDERR_FILENO || fd == dirfd(folder)) continue;
    sockaddr_storage local{}, peer{};
    socklen_t local_size = sizeof local, peer_size = sizeof peer;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&local), &local_size) != 0 ||
        getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &peer_size) != 0) {
      continue;
    }
    const Endpoint here = EndpointOf(local), there = EndpointOf(peer);
    if (here.port == request.local_port && there.port == request.remote_port && there.address == request.remote_addr &&
        here.address == request.local_addr) {
      found = fd;
      break;
    }
  }
  closedir(folder);
  return found;
}

// A lingering close, as web servers do it: the answer is complete, so the write side ends (FIN);
// what the client is still sending (the rest of a body we refused) is read and dropped for a moment,
// because closing a socket with unread bytes resets the connection - and a reset can destroy the
// answer before the client has read it. Then /dev/null goes under httplib's fd: its next read fails
// and it closes the connection, so none of those bytes is ever parsed as a request.
void CloseUnderneath(int fd) {
  shutdown(fd, SHUT_WR);
  const timeval wait{0, kDrainPauseMicroseconds};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, sizeof wait);
  const auto deadline = std::chrono::steady_clock::now() + kDrainAtMost;
  std::size_t drained = 0;
  char sink[16384];
  while (drained < kDrainBytesAtMost && std::chrono::steady_clock::now() < deadline) {
    const ssize_t n = recv(fd, sink, sizeof sink, 0);
    if (n <= 0) break;  // the client is done, or paused longer than a moment
    drained += static_cast<std::size_t>(n);
  }
  const int nothing = open("/dev/null", O_RDONLY | O_CLOEXEC);
  if (nothing < 0) return (void)shutdown(fd, SHUT_RDWR);
  dup2(nothing, fd);  // closes the socket; httplib's fd now reads from /dev/null, which is no socket
  close(nothing);
}

}  // namespace

void MarkForClosing(httplib::Response& response) {
  response.headers.erase(kCloseHeader);
  response.set_header(kCloseHeader, "close");
}

void InstallConnectionCloser(httplib::Server& server) {
  server.set_logger([](const httplib::Request& request, const httplib::Response& response) {
    if (response.get_header_value(kCloseHeader) != "close") return;
    // httplib writes "Connection: close" itself when the client asked for it; closing then is right too.
    if (const int fd = SocketOf(request); fd >= 0) CloseUnderneath(fd);
  });
}

}  // namespace optagelse::http
