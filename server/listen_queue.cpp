// A longer queue for connections not yet accepted: see listen_queue.h.
#include "listen_queue.h"

#include <sys/socket.h>

#include <cerrno>

namespace optagelse {

ListenQueue::ListenQueue(httplib::Server& server) {
  server.set_socket_options([this](socket_t socket) {
    httplib::default_socket_options(socket);
    socket_ = socket;
  });
}

bool ListenQueue::Widen() const {
  if (socket_ == INVALID_SOCKET) {
    errno = EBADF;
    return false;
  }
  return ::listen(socket_, kLength) == 0;
}

}  // namespace optagelse
