// httplib's view of one client connection (a plain TCP socket), with a deadline for each request's
// head (slow heads, docs/threat-model.md). httplib 0.11.4 times out each read on its own, so a client
// sending one header line every few seconds held a worker thread for as long as it liked; here the
// request line and headers together must arrive within `head_time` of the request's first byte.
// Reads are buffered (httplib reads a head a byte at a time), and the buffer lives as long as the
// connection, so pipelined requests are not lost between them.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>

#include <httplib.h>

namespace optagelse::http {

struct StreamTimeouts {
  std::chrono::milliseconds read{10000};   // the longest wait for any one read (the body's too)
  std::chrono::milliseconds write{10000};  // the longest wait for the socket to take more bytes
  std::chrono::milliseconds head{10000};   // the whole request line and headers
};

class DeadlineSocketStream : public httplib::Stream {
 public:
  DeadlineSocketStream(socket_t socket, StreamTimeouts timeouts);

  // A new request starts now: its head must be complete within the head time.
  void StartHead();
  // The head has been read (httplib's setup_request call): only the per-read time-out remains.
  void EndHead() { in_head_ = false; }
  // Bytes of a next request already read from the socket.
  bool HasBuffered() const { return offset_ < filled_; }
  // A head did not arrive in time: the connection must end (else the client's next line would be
  // read as a new request, and it could go on for ever).
  bool HeadTimedOut() const { return head_timed_out_; }

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, size_t size) override;
  ssize_t write(const char* ptr, size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  socket_t socket() const override { return socket_; }

 private:
  // How long a read may wait now: the read time-out, cut to what is left of the head's time.
  std::chrono::milliseconds ReadWait() const;

  socket_t socket_;
  StreamTimeouts timeouts_;
  bool in_head_ = false;
  bool head_timed_out_ = false;
  std::chrono::steady_clock::time_point head_deadline_{};
  std::array<char, 4096> buffer_{};
  std::size_t offset_ = 0;
  std::size_t filled_ = 0;
};

// Waits until the socket has bytes to read (or the peer closed it) for at most `wait`.
bool WaitReadable(socket_t socket, std::chrono::milliseconds wait);

}  // namespace optagelse::http
