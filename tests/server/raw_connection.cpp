// A raw TCP connection for attack tests: see raw_connection.h.
#include "raw_connection.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>

namespace optagelse::testing {

RawConnection::RawConnection(int port, const std::string& from) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
  sockaddr_in local{};
  local.sin_family = AF_INET;
  inet_pton(AF_INET, from.c_str(), &local.sin_addr);
  if (bind(fd_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) return;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<uint16_t>(port));
  inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
  connected_ = connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0;
}

RawConnection::~RawConnection() { close(fd_); }

bool RawConnection::Send(const std::string& bytes) { return send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL) == static_cast<ssize_t>(bytes.size()); }

std::string RawConnection::NextStatus(int wait_ms) {
  while (buffer_.find("\r\n\r\n") == std::string::npos) {
    if (!Fill(wait_ms)) return "";
  }
  const std::size_t head_end = buffer_.find("\r\n\r\n") + 4;
  std::size_t length = 0;
  const std::size_t at = buffer_.find("Content-Length: ");
  if (at != std::string::npos && at < head_end) length = std::stoul(buffer_.substr(at + 16));
  while (buffer_.size() < head_end + length) {
    if (!Fill(wait_ms)) return "";
  }
  const std::string status = buffer_.substr(0, buffer_.find("\r\n"));
  last_body_ = buffer_.substr(head_end, length);
  buffer_.erase(0, head_end + length);
  return status;
}

bool RawConnection::ClosedByServer(int wait_ms) {
  const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(wait_ms);
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
    char chunk[4096];
    const ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
    if (n <= 0) return true;
  }
}

bool RawConnection::Fill(int wait_ms) {
  pollfd p{fd_, POLLIN, 0};
  if (poll(&p, 1, wait_ms) <= 0) return false;
  char chunk[4096];
  const ssize_t n = recv(fd_, chunk, sizeof chunk, 0);
  if (n <= 0) return false;
  buffer_.append(chunk, static_cast<std::size_t>(n));
  return true;
}

}  // namespace optagelse::testing
