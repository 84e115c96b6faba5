// Security headers on every kind of answer through the real server: the page, an API answer, an
// API error and a missing file all carry the Content-Security-Policy (own script, style and
// WebAssembly only; no framing), frame denial, no sniffing and no referrer.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <httplib.h>

#include "server_process.h"

namespace optagelse::testing {
namespace {

TEST(SecurityHeaders, EveryAnswerCarriesThem) {
  const std::string dir = MakeTempDir();
  std::filesystem::create_directory(dir + "/web");
  std::ofstream(dir + "/web/index.html") << "<!doctype html><title>t</title>";
  ServerProcess server({"--web-root", dir + "/web", "--retention", "off"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  httplib::Client client("127.0.0.1", server.port());
  for (const char* path : {"/", "/api/v1/health", "/api/v1/me/application", "/no-such-file.js", "/api/v1/nowhere"}) {
    const auto answer = client.Get(path);
    ASSERT_TRUE(answer) << path;
    const std::string csp = answer->get_header_value("Content-Security-Policy");
    EXPECT_NE(csp.find("default-src 'none'"), std::string::npos) << path;
    EXPECT_NE(csp.find("script-src 'self' 'wasm-unsafe-eval'"), std::string::npos) << path;
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << path;
    EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos) << path;
    EXPECT_EQ(answer->get_header_value("X-Frame-Options"), "DENY") << path;
    EXPECT_EQ(answer->get_header_value("X-Content-Type-Options"), "nosniff") << path;
    EXPECT_EQ(answer->get_header_value("Referrer-Policy"), "no-referrer") << path;
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
