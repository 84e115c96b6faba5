// Requests to the OpenID provider: see provider_http.h.
#include "oidc/provider_http.h"

#include <charconv>

#include <httplib.h>
#include <openssl/evp.h>

namespace optagelse::oidc {
namespace {

constexpr std::size_t kMaxAnswerBytes = 1024 * 1024;
constexpr time_t kConnectSeconds = 5;
constexpr time_t kReadSeconds = 10;

bool IsLoopback(const std::string& host) {
  return host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

std::string Base64(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const int size = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                   reinterpret_cast<const unsigned char*>(bytes.data()), static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(size));
  return out;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || c == '-' || c == '.' || c == '_' || c == '~') {
      out.push_back(c);
    } else {
      out += {'%', kHex[byte >> 4], kHex[byte & 15]};
    }
  }
  return out;
}

httplib::Client MakeClient(const ProviderUrl& url) {
  httplib::Client client(url.Origin());
  client.set_connection_timeout(kConnectSeconds, 0);
  client.set_read_timeout(kReadSeconds, 0);
  client.set_write_timeout(kReadSeconds, 0);
  client.set_follow_location(false);
  client.enable_server_certificate_verification(true);
  return client;
}

Problem Unavailable(const ProviderUrl& url, std::string why) {
  return MakeError(ErrorCode::kLoginProviderUnavailable, "identity_provider", url.Origin() + ": " + why);
}

}  // namespace

std::string ProviderUrl::Origin() const {
  const bool default_port = (scheme == "https" && port == 443) || (scheme == "http" && port == 80);
  const std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  return scheme + "://" + shown_host + (default_port ? "" : ":" + std::to_string(port));
}

Result<ProviderUrl> ParseProviderUrl(std::string_view url, const std::string& field) {
  ProviderUrl parsed;
  const std::size_t scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return Fail(MakeError(ErrorCode::kBadRequest, field, "https://... URL"));
  parsed.scheme = std::string(url.substr(0, scheme_end));
  if (parsed.scheme != "https" && parsed.scheme != "http") return Fail(MakeError(ErrorCode::kBadRequest, field, "https://... URL"));
  std::string_view rest = url.substr(scheme_end + 3);
  const std::size_t path_at = rest.find_first_of("/?#");
  std::string_view authority = rest.substr(0, path_at);
  parsed.path_and_query = path_at == std::string_view::npos ? "/" : std::string(rest.substr(path_at));
  if (parsed.path_and_query[0] != '/') parsed.path_and_query = "/" + parsed.path_and_query;
  if (const std::size_t hash = parsed.path_and_query.find('#'); hash != std::string::npos) parsed.path_and_query.resize(hash);
  if (authority.find('@') != std::string_view::npos) return Fail(MakeError(ErrorCode::kBadRequest, field, "no user in the URL"));
  std::string_view port_text;
  if (!authority.empty() && authority[0] == '[') {
    const std::size_t close = authority.find(']');
    if (close == std::string_view::npos) return Fail(MakeError(ErrorCode::kBadRequest, field, "host"));
    parsed.host = std::string(authority.substr(1, close - 1));
    if (close + 1 < authority.size() && authority[close + 1] == ':') port_text = authority.substr(close + 2);
  } else {
    const std::size_t colon = authority.rfind(':');
    parsed.host = std::string(authority.substr(0, colon));
    if (colon != std::string_view::npos) port_text = authority.substr(colon + 1);
  }
  if (parsed.host.empty()) return Fail(MakeError(ErrorCode::kBadRequest, field, "host"));
  parsed.port = parsed.scheme == "https" ? 443 : 80;
  if (!port_text.empty()) {
    const auto [end, error] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), parsed.port);
    if (error != std::errc() || end != port_text.data() + port_text.size() || parsed.port < 1 || parsed.port > 65535) {
      return Fail(MakeError(ErrorCode::kBadRequest, field, "port"));
    }
  }
  if (parsed.scheme == "http" && !IsLoopback(parsed.host)) {
    return Fail(MakeError(ErrorCode::kBadRequest, field, "https:// (http:// only for a loopback address)"));
  }
  return parsed;
}

std::string FormEncode(const FormFields& fields) {
  std::string out;
  for (const auto& [name, value] : fields) {
    if (!out.empty()) out.push_back('&');
    out += PercentEncode(name) + "=" + PercentEncode(value);
  }
  return out;
}

Result<ProviderAnswer> ProviderGet(const ProviderUrl& url) {
  httplib::Client client = MakeClient(url);
  ProviderAnswer answer;
  bool too_large = false;
  const auto result = client.Get(url.path_and_query.c_str(), httplib::Headers{{"Accept", "application/json"}},
                                 [&](const char* data, std::size_t size) {
                                   if (answer.body.size() + size > kMaxAnswerBytes) return !(too_large = true);
                                   answer.body.append(data, size);
                                   return true;
                                 });
  if (too_large) return Fail(Unavailable(url, "answer larger than 1 MB"));
  if (!result) return Fail(Unavailable(url, httplib::to_string(result.error())));
  answer.status = result->status;
  return answer;
}

Result<ProviderAnswer> ProviderPostForm(const ProviderUrl& url, const FormFields& form, const std::string& client_id,
                                        const std::string& client_secret) {
  httplib::Client client = MakeClient(url);
  const httplib::Headers headers{
      {"Accept", "application/json"},
      {"Authorization", "Basic " + Base64(PercentEncode(client_id) + ":" + PercentEncode(client_secret))}};
  const auto result = client.Post(url.path_and_query.c_str(), headers, FormEncode(form), "application/x-www-form-urlencoded");
  if (!result) return Fail(Unavailable(url, httplib::to_string(result.error())));
  if (result->body.size() > kMaxAnswerBytes) return Fail(Unavailable(url, "answer larger than 1 MB"));
  return ProviderAnswer{result->status, result->body};
}

}  // namespace optagelse::oidc
