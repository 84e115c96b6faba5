// The plain-HTTP server's connection handling: see guarded_server.h.
#include "http/guarded_server.h"

#include <sys/socket.h>
#include <unistd.h>

#include "wire/json.h"
#include "wire/problem_wire.h"

namespace optagelse::http {
namespace {

constexpr std::chrono::milliseconds kStopCheck{100};  // how often an idle connection looks for a stop

// A coded 429 for a connection over its address's limit, written before any of the request is read.
void RefuseTooMany(DeadlineSocketStream& stream) {
  const std::string body = wire::Dump(wire::ProblemsToJson({MakeError(ErrorCode::kTooManyConnections, "")}));
  const std::string answer = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 5\r\n"
                             "Cache-Control: no-store\r\nConnection: close\r\nContent-Length: " + std::to_string(body.size()) +
                             "\r\n\r\n" + body;
  stream.write(answer.data(), answer.size());
  // Our side is done; what the client has sent already is dropped (unread bytes would make the close
  // a reset, which can lose the answer), without waiting for more.
  ::shutdown(stream.socket(), SHUT_WR);
  char discard[4096];
  while (::recv(stream.socket(), discard, sizeof discard, MSG_DONTWAIT) > 0) {
  }
}

}  // namespace

GuardedServer::GuardedServer(ConnectionLimits limits)
    : per_address_(limits.per_address, std::move(limits.unlimited_address)), head_time_(limits.head) {}

bool GuardedServer::process_and_close_socket(socket_t sock) {
  StreamTimeouts timeouts;
  timeouts.read = std::chrono::seconds(read_timeout_sec_) + std::chrono::milliseconds(read_timeout_usec_ / 1000);
  timeouts.write = std::chrono::seconds(write_timeout_sec_) + std::chrono::milliseconds(write_timeout_usec_ / 1000);
  timeouts.head = head_time_;
  DeadlineSocketStream stream(sock, timeouts);
  std::string address;
  int port = 0;
  stream.get_remote_ip_and_port(address, port);
  bool served = false;
  if (per_address_.TryOpen(address)) {
    served = Serve(stream);
    per_address_.Close(address);
  } else {
    RefuseTooMany(stream);
  }
  ::shutdown(sock, SHUT_RDWR);
  ::close(sock);
  return served;
}

bool GuardedServer::Serve(DeadlineSocketStream& stream) {
  bool served = false;
  for (std::size_t left = keep_alive_max_count_; left > 0; --left) {
    if (!stream.HasBuffered() && !NextRequestArrives(stream.socket())) break;
    stream.StartHead();
    bool connection_closed = false;
    served = process_request(stream, left == 1, connection_closed, [&stream](httplib::Request&) { stream.EndHead(); });
    if (!served || connection_closed || stream.HeadTimedOut()) break;
  }
  return served;
}

bool GuardedServer::NextRequestArrives(socket_t sock) const {
  const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
  while (svr_sock_ != INVALID_SOCKET) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    if (WaitReadable(sock, std::min(left, kStopCheck))) return true;
  }
  return false;
}

}  // namespace optagelse::http
