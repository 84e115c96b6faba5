// The length of the server's queue of connections not yet accepted (issue "Hardening", load).
// Debian's cpp-httplib is a compiled library (libcpp-httplib.so) that listens with a queue of 5,
// whatever CPPHTTPLIB_LISTEN_BACKLOG says where the header is included. At a burst of new
// connections (the deadline's last minutes, the load bench's start) the kernel then drops the
// rest: each such client waits a second or more to try again, or its first request fails. Linux
// lets a listening socket be given a new queue length by calling listen() again; this does that
// to the socket httplib made.
#pragma once

#include <httplib.h>

namespace optagelse {

class ListenQueue {
 public:
  static constexpr int kLength = 1024;

  // Before bind_to_port: keeps httplib's socket options and remembers the socket it makes.
  explicit ListenQueue(httplib::Server& server);

  // After bind_to_port: the socket's queue holds kLength connections. False (errno set) if no
  // socket was made or listen() refused.
  bool Widen() const;

 private:
  socket_t socket_ = INVALID_SOCKET;
};

}  // namespace optagelse
