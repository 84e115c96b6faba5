// A client connection with a deadline for each request's head: see deadline_socket_stream.h.
#include "http/deadline_socket_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace optagelse::http {
namespace {

bool WaitFor(socket_t socket, short events, std::chrono::milliseconds wait) {
  if (wait.count() <= 0) return false;
  pollfd entry{socket, events, 0};
  for (;;) {
    const int ready = ::poll(&entry, 1, static_cast<int>(wait.count()));
    if (ready < 0 && errno == EINTR) continue;  // a signal: wait again (the time-out restarts; rare)
    return ready > 0;
  }
}

void AddressOf(const sockaddr_storage& address, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = {};
  if (address.ss_family == AF_INET) {
    const auto& v4 = reinterpret_cast<const sockaddr_in&>(address);
    ::inet_ntop(AF_INET, &v4.sin_addr, text, sizeof text);
    port = ntohs(v4.sin_port);
  } else if (address.ss_family == AF_INET6) {
    const auto& v6 = reinterpret_cast<const sockaddr_in6&>(address);
    ::inet_ntop(AF_INET6, &v6.sin6_addr, text, sizeof text);
    port = ntohs(v6.sin6_port);
  }
  ip = text;
}

ssize_t Receive(socket_t socket, char* into, std::size_t size) {
  for (;;) {
    const ssize_t n = ::recv(socket, into, size, 0);
    if (n < 0 && errno == EINTR) continue;
    return n;
  }
}

}  // namespace

bool WaitReadable(socket_t socket, std::chrono::milliseconds wait) { return WaitFor(socket, POLLIN, wait); }

DeadlineSocketStream::DeadlineSocketStream(socket_t socket, StreamTimeouts timeouts) : socket_(socket), timeouts_(timeouts) {}

void DeadlineSocketStream::StartHead() {
  in_head_ = true;
  head_deadline_ = std::chrono::steady_clock::now() + timeouts_.head;
}

std::chrono::milliseconds DeadlineSocketStream::ReadWait() const {
  if (!in_head_) return timeouts_.read;
  const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(head_deadline_ - std::chrono::steady_clock::now());
  return std::min(timeouts_.read, left);
}

bool DeadlineSocketStream::is_readable() const { return HasBuffered() || WaitFor(socket_, POLLIN, ReadWait()); }


bool DeadlineSocketStream::is_writable() const { return WaitFor(socket_, POLLOUT, timeouts_.write); }

ssize_t DeadlineSocketStream::read(char* ptr, size_t size) {
  if (HasBuffered()) {
    const std::size_t n = std::min(size, filled_ - offset_);
    std::memcpy(ptr, buffer_.data() + offset_, n);
    offset_ += n;
    return static_cast<ssize_t>(n);
  }
  if (!WaitFor(socket_, POLLIN, ReadWait())) {  // the read time-out, or the head's deadline
    head_timed_out_ = head_timed_out_ || in_head_;
    return -1;
  }
  if (size >= buffer_.size()) {  // a large read (a body) goes straight to the caller
    return Receive(socket_, ptr, size);
  }
  const ssize_t n = Receive(socket_, buffer_.data(), buffer_.size());
  if (n <= 0) return n;
  const std::size_t got = static_cast<std::size_t>(n);
  const std::size_t given = std::min(size, got);
  std::memcpy(ptr, buffer_.data(), given);
  offset_ = given;
  filled_ = got;
  return static_cast<ssize_t>(given);
}

ssize_t DeadlineSocketStream::write(const char* ptr, size_t size) {
  if (!is_writable()) return -1;
  for (;;) {
    const ssize_t n = ::send(socket_, ptr, size, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    return n;
  }
}

void DeadlineSocketStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getpeername(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0) AddressOf(address, ip, port);
}

void DeadlineSocketStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage address{};
  socklen_t length = sizeof address;
  if (::getsockname(socket_, reinterpret_cast<sockaddr*>(&address), &length) == 0) AddressOf(address, ip, port);
}

}  // namespace optagelse::http
