// The plain-HTTP server with httplib's routing and our own handling of each connection (slow heads,
// docs/threat-model.md). httplib 0.11.4 lets a client keep a worker thread for as long as it sends a
// header line now and then, and any one client open as many connections as it likes, so 70 slow
// connections left no worker for anyone else. Here each connection:
//   - counts against its address's limit (ConnectionsPerAddress); beyond it, a coded 429 and a close;
//   - gets `keep_alive` to start a request (idle connections give their worker back),
//   - and each request's head must arrive within the head time of its first byte
//     (DeadlineSocketStream); the body keeps the per-read time-out.
// httplib parses and routes the request as before (its protected process_request). The TLS server
// (--tls-cert) keeps httplib's own connection handling: put the documented nginx proxy in front
// of it (its client_header_timeout) where slow clients matter.
#pragma once

#include <chrono>
#include <string>

#include <httplib.h>

#include "http/connections_per_address.h"
#include "http/deadline_socket_stream.h"

namespace optagelse::http {

struct ConnectionLimits {
  std::size_t per_address = 32;
  std::string unlimited_address;  // the trusted reverse proxy, if any
  std::chrono::milliseconds head{10000};
};

class GuardedServer : public httplib::Server {
 public:
  explicit GuardedServer(ConnectionLimits limits);

 private:
  bool process_and_close_socket(socket_t sock) override;
  // The connection's requests, one after another, as long as keep-alive allows.
  bool Serve(DeadlineSocketStream& stream);
  // Waits for the next request's first byte for the keep-alive time; false when it did not come
  // or the server is stopping.
  bool NextRequestArrives(socket_t sock) const;

  ConnectionsPerAddress per_address_;
  std::chrono::milliseconds head_time_;
};

}  // namespace optagelse::http
