// The browser app's files in memory: see static_assets.h.
#include "http/static_assets.h"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <regex>

#include "crypto/digest.h"

namespace optagelse::http {
namespace {

constexpr std::string_view kImmutable = "public, max-age=31536000, immutable";
constexpr std::string_view kRevalidate = "no-cache";

std::optional<std::string_view> TypeOf(const std::string& extension) {
  if (extension == ".html") return "text/html; charset=utf-8";
  if (extension == ".js" || extension == ".mjs") return "text/javascript; charset=utf-8";
  if (extension == ".css") return "text/css; charset=utf-8";
  if (extension == ".wasm") return "application/wasm";
  if (extension == ".json" || extension == ".webmanifest") return "application/json";
  if (extension == ".png") return "image/png";
  if (extension == ".svg") return "image/svg+xml";
  if (extension == ".ico") return "image/x-icon";
  return std::nullopt;
}

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string Trim(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lower;
}

// The q-value an Accept-Encoding header gives a coding: 1 when named bare, the "*" value when
// only that is given, 0 when refused or not named.
double Quality(std::string_view header, std::string_view coding) {
  std::optional<double> named, wildcard;
  while (!header.empty()) {
    const std::size_t comma = header.find(',');
    const std::string_view item = header.substr(0, comma);
    header = comma == std::string_view::npos ? std::string_view{} : header.substr(comma + 1);
    const std::size_t semicolon = item.find(';');
    const std::string name = Trim(item.substr(0, semicolon));
    double q = 1.0;
    if (semicolon != std::string_view::npos) {
      const std::string parameter = Trim(item.substr(semicolon + 1));
      if (parameter.rfind("q=", 0) == 0) q = std::strtod(parameter.c_str() + 2, nullptr);
    }
    if (name == coding) named = q;
    if (name == "*") wildcard = q;
  }
  return named.value_or(wildcard.value_or(0.0));
}

}  // namespace

ContentCoding ChooseCoding(const StaticAsset& asset, std::string_view accept_encoding) {
  if (!asset.brotli.empty() && Quality(accept_encoding, "br") > 0) return ContentCoding::kBrotli;
  if (!asset.gzip.empty() && Quality(accept_encoding, "gzip") > 0) return ContentCoding::kGzip;
  return ContentCoding::kIdentity;
}

std::string_view CodingName(ContentCoding coding) {
  switch (coding) {
    case ContentCoding::kGzip: return "gzip";
    case ContentCoding::kBrotli: return "br";
    case ContentCoding::kIdentity: break;
  }
  return "identity";
}

const std::string& Bytes(const StaticAsset& asset, ContentCoding coding) {
  if (coding == ContentCoding::kBrotli) return asset.brotli;
  if (coding == ContentCoding::kGzip) return asset.gzip;
  return asset.identity;
}

bool MatchesETag(const StaticAsset& asset, std::string_view if_none_match) {
  if (Trim(if_none_match) == "*") return true;
  return if_none_match.find(asset.etag) != std::string_view::npos;
}

StaticAssets StaticAssets::Load(const std::string& web_root) {
  StaticAssets assets;
  std::error_code error;
  if (web_root.empty() || !std::filesystem::is_directory(web_root, error)) return assets;
  static const std::regex kHashedName(R"(.+\.[0-9a-f]{12}\.[a-z]+)");
  for (const auto& entry : std::filesystem::directory_iterator(web_root, error)) {
    if (!entry.is_regular_file(error)) continue;
    const std::filesystem::path& path = entry.path();
    const std::optional<std::string_view> type = TypeOf(path.extension().string());
    if (!type) continue;  // also leaves out the .gz and .br copies, read below with their file
    auto asset = std::make_shared<StaticAsset>();
    asset->content_type = std::string(*type);
    asset->identity = ReadFile(path);
    asset->etag = "\"" + crypto::Sha256Hex(asset->identity).substr(0, 16) + "\"";
    const std::string name = path.filename().string();
    asset->cache_control = std::string(std::regex_match(name, kHashedName) ? kImmutable : kRevalidate);
    if (std::filesystem::exists(path.string() + ".gz", error)) asset->gzip = ReadFile(path.string() + ".gz");
    if (std::filesystem::exists(path.string() + ".br", error)) asset->brotli = ReadFile(path.string() + ".br");
    assets.assets_.emplace("/" + name, std::move(asset));
  }
  return assets;
}

const StaticAsset* StaticAssets::Find(const std::string& path) const {
  const auto found = assets_.find(path == "/" ? std::string("/index.html") : path);
  return found == assets_.end() ? nullptr : found->second.get();
}

}  // namespace optagelse::http
