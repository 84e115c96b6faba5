// The browser app's files through the real server (fast first screen): the build's
// precompressed brotli or gzip copy is sent byte for byte as the browser allows, never compressed a
// second time; content-hashed names are cached for a year, the page and the service worker are
// revalidated by ETag (304); only the web root's servable files are reachable.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <httplib.h>

#include "server_process.h"

namespace optagelse::testing {
namespace {

constexpr const char* kHashedScript = "/optagelse.0123456789ab.js";

class StaticAssetsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    const std::string web = dir_ + "/web";
    std::filesystem::create_directories(web + "/CMakeFiles");
    Write(web + "/index.html", "<!doctype html><title>Optagelse</title>");
    Write(web + "/index.html.br", "BROTLI-BYTES-OF-INDEX");  // the server never looks inside
    Write(web + "/index.html.gz", "GZIP-BYTES-OF-INDEX");
    Write(web + kHashedScript, "console.log('app');");
    Write(web + std::string(kHashedScript) + ".gz", "GZIP-BYTES-OF-SCRIPT");
    Write(web + "/optagelse.wasm", std::string("\0asm\1\0\0\0", 8));
    Write(web + "/libimgui.a", "!<arch>");
    Write(web + "/CMakeFiles/secret.js", "no");
    server_ = std::make_unique<ServerProcess>(std::vector<std::string>{"--web-root", web, "--retention", "off"}, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  static void Write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

  // A GET with exactly these headers; the answer's body as it came over the wire.
  httplib::Result Get(const std::string& path, const httplib::Headers& headers = {}) {
    httplib::Client client("127.0.0.1", server_->port());
    client.set_decompress(false);
    return client.Get(path.c_str(), headers);
  }

  std::string dir_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(StaticAssetsTest, SendsThePrecompressedCopyTheBrowserTakesAsItIs) {
  const auto brotli = Get("/", {{"Accept-Encoding", "gzip, deflate, br"}});
  ASSERT_TRUE(brotli);
  EXPECT_EQ(brotli->status, 200);
  EXPECT_EQ(brotli->get_header_value("Content-Encoding"), "br");
  EXPECT_EQ(brotli->get_header_value_count("Content-Encoding"), 1u);
  EXPECT_EQ(brotli->body, "BROTLI-BYTES-OF-INDEX");
  EXPECT_EQ(brotli->get_header_value("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(brotli->get_header_value("Vary"), "Accept-Encoding");

  const auto gzip = Get("/index.html", {{"Accept-Encoding", "br;q=0, gzip"}});
  ASSERT_TRUE(gzip);
  EXPECT_EQ(gzip->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(gzip->body, "GZIP-BYTES-OF-INDEX");

  const auto plain = Get("/index.html");
  ASSERT_TRUE(plain);
  EXPECT_FALSE(plain->has_header("Content-Encoding"));
  EXPECT_EQ(plain->body, "<!doctype html><title>Optagelse</title>");

  // A file the build made no brotli copy of: gzip, even when brotli is preferred.
  const auto script = Get(kHashedScript, {{"Accept-Encoding", "br, gzip"}});
  ASSERT_TRUE(script);
  EXPECT_EQ(script->get_header_value("Content-Encoding"), "gzip");
  EXPECT_EQ(script->body, "GZIP-BYTES-OF-SCRIPT");
  EXPECT_EQ(script->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
}

TEST_F(StaticAssetsTest, HashedNamesAreImmutableAndThePageIsRevalidated) {
  const auto script = Get(kHashedScript);
  ASSERT_TRUE(script);
  EXPECT_EQ(script->get_header_value("Cache-Control"), "public, max-age=31536000, immutable");
  const auto page = Get("/");
  ASSERT_TRUE(page);
  EXPECT_EQ(page->get_header_value("Cache-Control"), "no-cache");
  const std::string etag = page->get_header_value("ETag");
  ASSERT_EQ(etag.size(), 18u) << etag;  // a quoted 16-digit prefix of the SHA-256
  // The same ETag whatever the coding; a revalidation with it is a 304 without a body.
  EXPECT_EQ(Get("/", {{"Accept-Encoding", "br"}})->get_header_value("ETag"), etag);
  const auto unchanged = Get("/", {{"If-None-Match", etag}, {"Accept-Encoding", "br"}});
  ASSERT_TRUE(unchanged);
  EXPECT_EQ(unchanged->status, 304);
  EXPECT_TRUE(unchanged->body.empty());
  const auto changed = Get("/", {{"If-None-Match", "\"0000000000000000\""}});
  EXPECT_EQ(changed->status, 200);
  // Security headers stay on every answer, the 304 included.
  EXPECT_EQ(unchanged->get_header_value("X-Content-Type-Options"), "nosniff");
}

TEST_F(StaticAssetsTest, OnlyTheWebRootsServableFilesAreReachable) {
  const auto wasm = Get("/optagelse.wasm");
  ASSERT_TRUE(wasm);
  EXPECT_EQ(wasm->status, 200);
  EXPECT_EQ(wasm->get_header_value("Content-Type"), "application/wasm");
  EXPECT_EQ(wasm->body.size(), 8u);
  for (const char* path : {"/libimgui.a", "/CMakeFiles/secret.js", "/index.html.br", "/optagelse.0123456789ab.js.gz",
                           "/nothing.js", "/../web/index.html", "/%2e%2e/web/index.html"}) {
    const auto answer = Get(path);
    ASSERT_TRUE(answer) << path;
    EXPECT_TRUE(answer->status == 404 || answer->status == 400) << path << " answered " << answer->status;
  }
}

}  // namespace
}  // namespace optagelse::testing
