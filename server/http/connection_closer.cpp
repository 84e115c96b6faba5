// Closing a connection after its answer: see connection_closer.h.
#include "http/connection_closer.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

namespace optagelse::http {
namespace {

constexpr const char* kCloseHeader = "Connection";

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

void CloseUnderneath(int fd) {
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
