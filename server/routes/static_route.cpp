// The browser app's files (index.html at "/", the hashed scripts, style and WebAssembly of the web
// build), served from memory (http/static_assets.h): precompressed brotli or gzip when the browser
// takes it, a year's immutable caching for content-hashed names, revalidation by ETag for the rest.
// A path that is not one of the web root's files is a 404, however it is spelt.
#include "routes/routes.h"

#include <algorithm>
#include <memory>

#include "http/static_assets.h"

namespace optagelse::routes {

void RegisterStaticFiles(httplib::Server& server, const std::string& web_root) {
  if (web_root.empty()) return;
  auto assets = std::make_shared<const http::StaticAssets>(http::StaticAssets::Load(web_root));
  server.Get(R"(/.*)", [assets](const httplib::Request& request, httplib::Response& response) {
    const http::StaticAsset* asset = assets->Find(request.path);
    if (!asset) {
      response.status = 404;
      return;
    }
    response.set_header("Cache-Control", asset->cache_control);
    response.set_header("ETag", asset->etag);
    response.set_header("Vary", "Accept-Encoding");
    if (http::MatchesETag(*asset, request.get_header_value("If-None-Match"))) {
      response.status = 304;
      return;
    }
    const http::ContentCoding coding = http::ChooseCoding(*asset, request.get_header_value("Accept-Encoding"));
    const std::string& bytes = http::Bytes(*asset, coding);
    if (bytes.empty()) return response.set_content("", asset->content_type.c_str());
    if (coding != http::ContentCoding::kIdentity) {
      response.set_header("Content-Encoding", std::string(http::CodingName(coding)));
    }
    // A content provider of known length: httplib sends these bytes as they are (a body set with
    // set_content would be compressed a second time by Debian's zlib/brotli-enabled build).
    response.set_content_provider(bytes.size(), asset->content_type.c_str(),
                                  [assets, &bytes](std::size_t offset, std::size_t length, httplib::DataSink& sink) {
                                    sink.write(bytes.data() + offset, std::min(length, bytes.size() - offset));
                                    return true;
                                  });
  });
}

}  // namespace optagelse::routes
