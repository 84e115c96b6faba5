// ID token parsing and claim checks: see id_token.h.
#include "oidc/id_token.h"

#include <openssl/crypto.h>

#include "oidc/base64url.h"
#include "oidc/json_text.h"

namespace optagelse::oidc {
namespace {

constexpr std::size_t kMaxTokenBytes = 16 * 1024;

Problem Invalid(std::string claim) { return MakeError(ErrorCode::kLoginTokenInvalid, "id_token", std::move(claim)); }

Result<wire::Json> DecodeObject(std::string_view part) {
  const auto bytes = Base64UrlDecode(part);
  if (!bytes) return Fail(Invalid("format"));
  auto json = wire::ParseJson(*bytes, 16);
  if (!json || !json->is_object()) return Fail(Invalid("format"));
  return std::move(*json);
}

bool SameString(const std::string& a, const std::string& b) {
  return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0;
}

bool AudienceMatches(const wire::Json& payload, const std::string& client_id) {
  const auto aud = payload.find("aud");
  if (aud == payload.end()) return false;
  if (aud->is_string()) return *aud == client_id;
  if (!aud->is_array() || aud->empty()) return false;
  bool listed = false;
  for (const wire::Json& entry : *aud) listed = listed || (entry.is_string() && entry == client_id);
  if (!listed) return false;
  // Several audiences: the token must say it was issued to us (§ 3.1.3.7 points 4 and 5).
  return aud->size() == 1 || TextMember(payload, "azp") == client_id;
}

std::optional<std::int64_t> Seconds(const wire::Json& payload, const char* name) {
  const auto it = payload.find(name);
  if (it == payload.end() || !it->is_number_integer()) return std::nullopt;  // NumericDate, whole seconds here
  return it->get<std::int64_t>();
}

}  // namespace

Result<CompactJws> ParseCompactJws(std::string_view token) {
  if (token.empty() || token.size() > kMaxTokenBytes) return Fail(Invalid("format"));
  const std::size_t first = token.find('.');
  const std::size_t second = first == std::string_view::npos ? first : token.find('.', first + 1);
  if (second == std::string_view::npos || token.find('.', second + 1) != std::string_view::npos) return Fail(Invalid("format"));
  auto header = DecodeObject(token.substr(0, first));
  if (!header) return Fail(header.error());
  auto payload = DecodeObject(token.substr(first + 1, second - first - 1));
  if (!payload) return Fail(payload.error());
  const auto signature = Base64UrlDecode(token.substr(second + 1));  // may be empty: "alg": "none" fails on its alg
  if (!signature) return Fail(Invalid("signature"));
  return CompactJws{std::move(*header), std::move(*payload), std::string(token.substr(0, second)), *signature};
}

Result<void> CheckIdTokenClaims(const wire::Json& payload, const IdTokenExpectations& expected) {
  if (TextMember(payload, "iss") != expected.issuer || expected.issuer.empty()) return Fail(Invalid("iss"));
  if (!AudienceMatches(payload, expected.client_id)) return Fail(Invalid("aud"));
  const auto exp = Seconds(payload, "exp");
  if (!exp || *exp + expected.leeway_seconds <= expected.now_seconds) return Fail(Invalid("exp"));
  const auto iat = Seconds(payload, "iat");
  if (!iat || *iat > expected.now_seconds + expected.leeway_seconds) return Fail(Invalid("iat"));
  const auto nonce = payload.find("nonce");
  if (nonce == payload.end() || !nonce->is_string() || !SameString(nonce->get<std::string>(), expected.nonce)) {
    return Fail(Invalid("nonce"));
  }
  const auto sub = payload.find("sub");
  if (sub == payload.end() || !sub->is_string() || sub->get<std::string>().empty()) return Fail(Invalid("sub"));
  return {};
}

}  // namespace optagelse::oidc
