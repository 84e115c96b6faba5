// Attacks on how requests are framed, against a real server on loopback: a body larger than its
// route takes is refused from the header alone (a login takes 4 KB, not the server's 32 MB), and
// a connection whose body was not read ends with the refusal - so bytes sent after it (a second
// request with someone's cookie, smuggled in the body) are never served. Two Content-Length
// headers, or Content-Length with Transfer-Encoding, are refused the same way. Ordinary requests
// keep their connection alive.
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "api_client.h"
#include "raw_connection.h"
#include "server_process.h"

namespace optagelse::testing {
namespace {

const std::string kHealth = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n";

// The server's private memory (RssAnon), in MB.
long PrivateMegabytes(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  for (std::string line; std::getline(status, line);) {
    if (line.rfind("RssAnon:", 0) == 0) return std::stol(line.substr(8)) / 1024;
  }
  return -1;
}

TEST(RequestFraming, EachRouteTakesTheBodySizeItNeedsAndNoMore) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  // 30 MB announced for a login, none of it sent: refused from the header, at once.
  RawConnection login(server.port());
  login.Send("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 31457280\r\n\r\n[[],");
  EXPECT_EQ(login.NextStatus(), "HTTP/1.1 413 Payload Too Large");
  const Answer big_login = Post(server.port(), "/api/v1/session", std::string(5000, ' '), "application/json");
  ASSERT_EQ(big_login.status, 413);
  EXPECT_EQ(big_login.json["errors"][0]["detail"], "4096");
  const Answer big_draft = Put(server.port(), "/api/v1/me/application", std::string(2 * 1024 * 1024, ' '), {});
  ASSERT_EQ(big_draft.status, 413) << "the client sending the rest of its body still reads the answer";
  EXPECT_EQ(big_draft.json["errors"][0]["detail"], "1048576");
  // An upload route takes the server's whole limit: 2 MB goes on to the route (which wants a login).
  const Answer report = Post(server.port(), "/api/v1/schools/101002/pupil-reports", std::string(2 * 1024 * 1024, 'x'), "text/csv");
  EXPECT_EQ(report.status, 401);

  // Six clients each really sending 30 MB at the login: memory stays where it was.
  const long before = PrivateMegabytes(server.pid());
  for (int i = 0; i < 6; ++i) {
    RawConnection flood(server.port());
    flood.Send("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 31457280\r\n\r\n");
    flood.Send(std::string(31457280, '['));
    EXPECT_EQ(flood.NextStatus(), "HTTP/1.1 413 Payload Too Large");
  }
  EXPECT_LT(PrivateMegabytes(server.pid()), before + 20) << "before: " << before << " MB";
  EXPECT_EQ(Get(server.port(), "/api/v1/health").status, 200);
}

TEST(RequestFraming, NothingSentAfterAnUnreadBodyIsServed) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  const std::string refusals[] = {
      // too large for its route
      "POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 40000000\r\n\r\n",
      // chunked
      "POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
      // two lengths
      "POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\n",
      // a length and chunked
      "POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\n"
      "Transfer-Encoding: chunked\r\n\r\n",
  };
  const std::string expected[] = {"HTTP/1.1 413 Payload Too Large", "HTTP/1.1 411 Length Required", "HTTP/1.1 400 Bad Request",
                                  "HTTP/1.1 400 Bad Request"};
  for (std::size_t i = 0; i < std::size(refusals); ++i) {
    SCOPED_TRACE(refusals[i]);
    RawConnection connection(server.port());
    ASSERT_TRUE(connection.connected());
    connection.Send(refusals[i]);
    EXPECT_EQ(connection.NextStatus(), expected[i]);
    connection.Send(kHealth);  // what a smuggler would have the server read as the next request
    EXPECT_EQ(connection.NextStatus(), "") << "the connection must end with the refusal";
  }
  // The same request with the second request inside the body's bytes, all sent at once.
  RawConnection smuggled(server.port());
  smuggled.Send("POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                "Transfer-Encoding: chunked\r\n\r\n" + kHealth);
  EXPECT_EQ(smuggled.NextStatus(), "HTTP/1.1 411 Length Required");
  EXPECT_EQ(smuggled.NextStatus(), "");
}

TEST(RequestFraming, OrdinaryRequestsKeepTheirConnection) {
  ServerProcess server;
  ASSERT_TRUE(server.started()) << server.output();
  RawConnection connection(server.port());
  for (int i = 0; i < 3; ++i) {
    connection.Send(kHealth);
    EXPECT_EQ(connection.NextStatus(), "HTTP/1.1 200 OK");
  }
  const std::string check = R"({"cpr":"0101900002"})";
  connection.Send("POST /api/v1/cpr/check HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: " +
                  std::to_string(check.size()) + "\r\n\r\n" + check);
  EXPECT_EQ(connection.NextStatus(), "HTTP/1.1 200 OK");
  connection.Send(kHealth);
  EXPECT_EQ(connection.NextStatus(), "HTTP/1.1 200 OK");
}

}  // namespace
}  // namespace optagelse::testing
