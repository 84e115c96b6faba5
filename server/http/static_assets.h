// The browser app's files, read into memory once at start: each with its type, a strong ETag, its
// cache lifetime (a content-hashed name is immutable for a year; index.html, sw.js and plain names
// are revalidated every time) and the gzip and brotli copies the web build put beside it
// (web/package_assets.mjs). Only names found in the web root's top folder with a known type are
// served, so no spelling of a path can reach anything else.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>

namespace optagelse::http {

enum class ContentCoding { kIdentity, kGzip, kBrotli };

struct StaticAsset {
  std::string content_type;
  std::string etag;           // "\"<sha-256 prefix>\"", the same for every coding of the file
  std::string cache_control;
  std::string identity;
  std::string gzip;           // empty when the build made no copy
  std::string brotli;
};

// Which of the asset's codings to send for an Accept-Encoding header (brotli, then gzip, unless
// the client refuses them with q=0 or does not name them).
ContentCoding ChooseCoding(const StaticAsset& asset, std::string_view accept_encoding);
std::string_view CodingName(ContentCoding coding);
const std::string& Bytes(const StaticAsset& asset, ContentCoding coding);
// Whether an If-None-Match header names the asset's ETag.
bool MatchesETag(const StaticAsset& asset, std::string_view if_none_match);

class StaticAssets {
 public:
  // Reads the servable files of the folder; an empty or missing folder gives an empty set.
  static StaticAssets Load(const std::string& web_root);
  // The asset for a request path ("/" is index.html), or nullptr.
  const StaticAsset* Find(const std::string& path) const;
  std::size_t size() const { return assets_.size(); }

 private:
  std::map<std::string, std::shared_ptr<const StaticAsset>, std::less<>> assets_;  // by "/name"
};

}  // namespace optagelse::http
