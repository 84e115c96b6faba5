// The load bench's own HTTP client (tools/bench/lean_http_client.h) against a real cpp-httplib
// server on a loopback port: what it sends arrives whole, answers of both framings are read, and a
// connection the server ends is replaced without losing or repeating a request.
#include "bench/lean_http_client.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

namespace optagelse::testing {
namespace {

class LeanHttpClientTest : public ::testing::Test {
 protected:
  void SetUp() override {
    server_.Post("/echo", [this](const httplib::Request& request, httplib::Response& response) {
      ++posts_;
      response.set_header("Set-Cookie", "session=abc; HttpOnly");
      response.set_content(request.get_header_value("Content-Type") + "|" + request.get_header_value("X-CSRF-Token") + "|" +
                               request.body,
                           "text/plain");
    });
    server_.Get("/chunked", [](const httplib::Request&, httplib::Response& response) {
      response.set_chunked_content_provider("text/plain", [](std::size_t, httplib::DataSink& sink) {
        sink.write("first,", 6);
        sink.write("second", 6);
        sink.done();
        return true;
      });
    });
    server_.Delete("/missing", [](const httplib::Request&, httplib::Response& response) { response.status = 404; });
    server_.set_keep_alive_max_count(3);  // the server ends the connection after every third request
    port_ = server_.bind_to_any_port("127.0.0.1");
    ASSERT_GT(port_, 0);
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    // stop() before the accept loop runs would be lost, and the loop would then never end.
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  void TearDown() override {
    server_.stop();
    if (thread_.joinable()) thread_.join();
  }

  httplib::Server server_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> posts_ = 0;
};

TEST_F(LeanHttpClientTest, SendsHeadersAndBodyAndReadsTheAnswer) {
  bench::LeanHttpClient client("127.0.0.1", port_);
  const auto answer = client.Post("/echo", {{"X-CSRF-Token", "t0k"}}, R"({"version": 3})", "application/json");
  ASSERT_TRUE(answer) << answer.error();
  EXPECT_EQ(answer->status, 200);
  EXPECT_EQ(answer->body, R"(application/json|t0k|{"version": 3})");
  EXPECT_EQ(answer->set_cookie, "session=abc; HttpOnly");
}

TEST_F(LeanHttpClientTest, ReadsChunkedAnswersAndStatuses) {
  bench::LeanHttpClient client("127.0.0.1", port_);
  const auto chunked = client.Get("/chunked", {});
  ASSERT_TRUE(chunked) << chunked.error();
  EXPECT_EQ(chunked->body, "first,second");
  const auto missing = client.Delete("/missing", {});
  ASSERT_TRUE(missing) << missing.error();
  EXPECT_EQ(missing->status, 404);
}

TEST_F(LeanHttpClientTest, EveryRequestArrivesOnceAcrossConnectionsTheServerEnds) {
  bench::LeanHttpClient client("127.0.0.1", port_);
  for (int i = 0; i < 10; ++i) {
    const auto answer = client.Post("/echo", {}, std::to_string(i), "text/plain");
    ASSERT_TRUE(answer) << "request " << i << ": " << answer.error();
    EXPECT_EQ(answer->body, "text/plain||" + std::to_string(i));
  }
  EXPECT_EQ(posts_.load(), 10);
}

TEST_F(LeanHttpClientTest, NoServerIsAnErrorNotAHang) {
  const int port = port_;
  TearDown();
  bench::LeanHttpClient client("127.0.0.1", port);
  const auto answer = client.Get("/chunked", {});
  EXPECT_FALSE(answer);
  EXPECT_EQ(answer.error(), "connect");
}

}  // namespace
}  // namespace optagelse::testing
