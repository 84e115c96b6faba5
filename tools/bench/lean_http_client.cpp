// The load bench's lean HTTP/1.1 client: see lean_http_client.h.
#include "bench/lean_http_client.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <strings.h>

namespace optagelse::bench {
namespace {

constexpr int kTimeoutSeconds = 30;  // a hung server shows as errors, not as a hung bench

bool SendAll(int socket, const std::string& data) {
  std::size_t sent = 0;
  while (sent < data.size()) {
    const ssize_t n = send(socket, data.data() + sent, data.size() - sent, MSG_NOSIGNAL);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    sent += static_cast<std::size_t>(n);
  }
  return true;
}

bool HeaderIs(const std::string& line, std::size_t colon, const char* name) {
  return colon == std::strlen(name) && strncasecmp(line.data(), name, colon) == 0;
}

std::string Trimmed(const std::string& text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r") + 1 - first);
}

}  // namespace

LeanHttpClient::~LeanHttpClient() { Disconnect(); }

bool LeanHttpClient::Connect() {
  socket_ = socket(AF_INET, SOCK_STREAM, 0);
  if (socket_ < 0) return false;
  const int one = 1;
  setsockopt(socket_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
  const timeval timeout{kTimeoutSeconds, 0};
  setsockopt(socket_, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
  setsockopt(socket_, SOL_SOCKET, SO_SNDTIMEO, &timeout, sizeof timeout);
  if (!from_.empty()) {
    sockaddr_in local{};
    local.sin_family = AF_INET;
    if (inet_pton(AF_INET, from_.c_str(), &local.sin_addr) != 1 || bind(socket_, reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
      Disconnect();
      return false;
    }
  }
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(static_cast<std::uint16_t>(port_));
  if (inet_pton(AF_INET, host_.c_str(), &address.sin_addr) != 1 ||
      connect(socket_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    Disconnect();
    return false;
  }
  return true;
}

void LeanHttpClient::Disconnect() {
  if (socket_ >= 0) close(socket_);
  socket_ = -1;
  buffer_.clear();
  consumed_ = 0;
  close_after_ = false;
}

LeanResult LeanHttpClient::Send(const std::string& method, const std::string& path, const HeaderList& headers,
                                const std::string& body, const std::string& type) {
  std::string request = method + " " + path + " HTTP/1.1\r\nHost: " + host_ + ":" + std::to_string(port_) + "\r\n";
  for (const auto& [name, value] : headers) request += name + ": " + value + "\r\n";
  if (!type.empty()) request += "Content-Type: " + type + "\r\n";
  if (method == "POST" || method == "PUT" || !body.empty()) request += "Content-Length: " + std::to_string(body.size()) + "\r\n";
  request += "\r\n";
  request += body;
  for (int attempt = 0; attempt < 2; ++attempt) {
    const bool reused = socket_ >= 0;
    if (!reused && !Connect()) return LeanResult::Failed("connect");
    bool received = false;
    std::string why = "send";
    LeanResponse response;
    if (SendAll(socket_, request) && ReadAnswer(response, received, why)) {
      if (close_after_) Disconnect();
      return LeanResult(std::move(response));
    }
    Disconnect();
    if (!reused || received) return LeanResult::Failed(why);  // only an unanswered kept-alive request is sent again
  }
  return LeanResult::Failed("receive");
}

bool LeanHttpClient::Fill(bool& received) {
  if (consumed_ > 0 && consumed_ == buffer_.size()) {
    buffer_.clear();
    consumed_ = 0;
  }
  char chunk[16384];
  for (;;) {
    const ssize_t n = recv(socket_, chunk, sizeof chunk, 0);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    buffer_.append(chunk, static_cast<std::size_t>(n));
    received = true;
    return true;
  }
}

bool LeanHttpClient::ReadAnswer(LeanResponse& response, bool& received, std::string& why) {
  buffer_.erase(0, consumed_);  // what came before belongs to answers already read
  consumed_ = 0;
  why = "receive";
  std::size_t end;
  while ((end = buffer_.find("\r\n\r\n", consumed_)) == std::string::npos) {
    if (!Fill(received)) return false;
  }
  why = "malformed answer";
  const std::string head = buffer_.substr(consumed_, end - consumed_);
  consumed_ = end + 4;
  // Status line: HTTP/1.1 200 OK
  const auto space = head.find(' ');
  if (head.compare(0, 5, "HTTP/") != 0 || space == std::string::npos) return false;
  response.status = std::atoi(head.c_str() + space + 1);
  long long length = -1;
  bool chunked = false;
  close_after_ = false;
  for (std::size_t at = head.find("\r\n"); at != std::string::npos && at + 2 < head.size();) {
    const std::size_t next = head.find("\r\n", at + 2);
    const std::string line = head.substr(at + 2, next == std::string::npos ? std::string::npos : next - at - 2);
    at = next;
    const auto colon = line.find(':');
    if (colon == std::string::npos) return false;
    const std::string value = Trimmed(line.substr(colon + 1));
    if (HeaderIs(line, colon, "Content-Length")) length = std::atoll(value.c_str());
    if (HeaderIs(line, colon, "Transfer-Encoding")) chunked = strcasecmp(value.c_str(), "chunked") == 0;
    if (HeaderIs(line, colon, "Connection")) close_after_ = strcasecmp(value.c_str(), "close") == 0;
    if (HeaderIs(line, colon, "Set-Cookie") && response.set_cookie.empty()) response.set_cookie = value;
  }
  why = "receive";
  if (chunked) return ReadChunked(response.body, received);
  if (length < 0) length = 0;  // the bench's server always says how long its answers are
  while (buffer_.size() - consumed_ < static_cast<std::size_t>(length)) {
    if (!Fill(received)) return false;
  }
  response.body = buffer_.substr(consumed_, static_cast<std::size_t>(length));
  consumed_ += static_cast<std::size_t>(length);
  return true;
}

bool LeanHttpClient::ReadChunked(std::string& body, bool& received) {
  for (;;) {
    std::size_t line_end;
    while ((line_end = buffer_.find("\r\n", consumed_)) == std::string::npos) {
      if (!Fill(received)) return false;
    }
    const std::size_t size = std::strtoull(buffer_.c_str() + consumed_, nullptr, 16);
    consumed_ = line_end + 2;
    while (buffer_.size() - consumed_ < size + 2) {
      if (!Fill(received)) return false;
    }
    body.append(buffer_, consumed_, size);
    consumed_ += size + 2;  // the chunk and its CRLF
    if (size == 0) return true;  // no trailers from this server
  }
}

}  // namespace optagelse::bench
