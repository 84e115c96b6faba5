// The load bench's HTTP/1.1 client: one keep-alive connection to a server on loopback, blocking.
//
// The bench's client threads run on the same two cores as the server they measure, so every
// microsecond they spend is taken from the server. cpp-httplib's client polls the socket before
// each read and write and sends a request's head and body in two writes; this one sends each
// request in one write, reads into one buffer, and waits in recv alone. It speaks only what the
// bench needs: requests with a body and Content-Type, answers with Content-Length or chunked,
// and reconnects when the server ends a keep-alive connection.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace optagelse::bench {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

struct LeanResponse {
  int status = 0;
  std::string body;
  std::string set_cookie;  // the first Set-Cookie header, whole
};

// A response, or why there was none ("connect", "send", "receive", "malformed answer").
class LeanResult {
 public:
  LeanResult() = default;
  explicit LeanResult(LeanResponse response) : response_(std::move(response)), ok_(true) {}
  static LeanResult Failed(std::string why) {
    LeanResult result;
    result.error_ = std::move(why);
    return result;
  }
  explicit operator bool() const { return ok_; }
  const LeanResponse* operator->() const { return &response_; }
  const std::string& error() const { return error_; }

 private:
  LeanResponse response_;
  bool ok_ = false;
  std::string error_;
};

class LeanHttpClient {
 public:
  // `from`: the local address to connect from (another loopback address is another client to the
  // server); empty, the system's choice.
  LeanHttpClient(std::string host, int port, std::string from = "") : host_(std::move(host)), port_(port), from_(std::move(from)) {}
  LeanHttpClient(const LeanHttpClient&) = delete;
  LeanHttpClient& operator=(const LeanHttpClient&) = delete;
  ~LeanHttpClient();

  LeanResult Get(const std::string& path, const HeaderList& headers) { return Send("GET", path, headers, "", ""); }
  LeanResult Delete(const std::string& path, const HeaderList& headers) { return Send("DELETE", path, headers, "", ""); }
  LeanResult Post(const std::string& path, const std::string& body, const std::string& type) { return Send("POST", path, {}, body, type); }
  LeanResult Post(const std::string& path, const HeaderList& headers, const std::string& body, const std::string& type) {
    return Send("POST", path, headers, body, type);
  }
  LeanResult Put(const std::string& path, const HeaderList& headers, const std::string& body, const std::string& type) {
    return Send("PUT", path, headers, body, type);
  }

  // Sends one request and reads its answer. A request on a kept-alive connection that the server
  // had closed before answering any of it is sent once more on a new connection.
  LeanResult Send(const std::string& method, const std::string& path, const HeaderList& headers, const std::string& body,
                  const std::string& type);

 private:
  bool Connect();
  void Disconnect();
  // Reads one answer; false with why when it could not (received: whether any byte came).
  bool ReadAnswer(LeanResponse& response, bool& received, std::string& why);
  bool Fill(bool& received);  // reads more into buffer_; false at the end of the connection
  bool ReadChunked(std::string& body, bool& received);

  std::string host_;
  int port_;
  std::string from_;
  int socket_ = -1;
  bool close_after_ = false;  // the server said Connection: close
  std::string buffer_;        // received, not yet consumed
  std::size_t consumed_ = 0;
};

}  // namespace optagelse::bench
