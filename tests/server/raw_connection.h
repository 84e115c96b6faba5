// One raw TCP connection to a test server, for attacks that an HTTP client library would not make:
// bytes sent as they are, answers read status line by status line. `from` picks the loopback
// address it connects from (127.0.0.2 is another client than 127.0.0.1 to the server).
#pragma once

#include <string>

namespace optagelse::testing {

class RawConnection {
 public:
  explicit RawConnection(int port, const std::string& from = "127.0.0.1");
  ~RawConnection();
  RawConnection(const RawConnection&) = delete;
  RawConnection& operator=(const RawConnection&) = delete;

  bool connected() const { return connected_; }
  // False once the server has closed (or reset) the connection.
  bool Send(const std::string& bytes);
  // The status line of the next answer, or "" if the server closed the connection (or said nothing
  // within `wait_ms`). Reads the whole answer (headers and Content-Length body); the body is kept
  // in last_body().
  std::string NextStatus(int wait_ms = 2000);
  const std::string& last_body() const { return last_body_; }
  // True when the server has closed the connection (end of stream or a reset) within `wait_ms`;
  // anything it sent first is read and dropped.
  bool ClosedByServer(int wait_ms);

 private:
  bool Fill(int wait_ms);
  int fd_;
  bool connected_ = false;
  std::string buffer_;
  std::string last_body_;
};

}  // namespace optagelse::testing
