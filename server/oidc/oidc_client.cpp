// The OpenID Connect relying party: see oidc_client.h.
#include "oidc/oidc_client.h"

#include <ctime>

#include "oidc/json_text.h"

namespace optagelse::oidc {
namespace {

constexpr std::int64_t kMetadataSeconds = 60 * 60;

Problem Unavailable(std::string why) { return MakeError(ErrorCode::kLoginProviderUnavailable, "identity_provider", std::move(why)); }

Result<wire::Json> JsonAnswer(const ProviderAnswer& answer, const std::string& what) {
  auto json = wire::ParseJson(answer.body, 16);
  if (!json || !json->is_object()) return Fail(Unavailable(what + ": not a JSON object"));
  return std::move(*json);
}

Result<ProviderUrl> EndpointUrl(const wire::Json& document, const char* name) {
  const auto it = document.find(name);
  if (it == document.end() || !it->is_string()) return Fail(Unavailable(std::string("discovery without ") + name));
  auto url = ParseProviderUrl(it->get<std::string>(), name);
  if (!url) return Fail(Unavailable(std::string("discovery: ") + name + " is not https://"));
  return url;
}

std::string WithQuery(const std::string& endpoint, const FormFields& fields) {
  return endpoint + (endpoint.find('?') == std::string::npos ? "?" : "&") + FormEncode(fields);
}

}  // namespace

Result<ProviderMetadata> OidcClient::Metadata() {
  const std::int64_t now = std::time(nullptr);
  {
    const std::lock_guard lock(mutex_);
    if (metadata_ && now - metadata_fetched_at_ < kMetadataSeconds) return *metadata_;
  }
  auto url = ParseProviderUrl(settings_.issuer + "/.well-known/openid-configuration", "--oidc-issuer");
  if (!url) return Fail(url.error());
  auto answer = ProviderGet(*url);
  if (!answer) return Fail(answer.error());
  if (answer->status != 200) return Fail(Unavailable("discovery answered " + std::to_string(answer->status)));
  auto document = JsonAnswer(*answer, "discovery");
  if (!document) return Fail(document.error());
  // The document must be the issuer's own (Discovery 1.0 § 4.3), or tokens would be checked against another.
  if (TextMember(*document, "issuer") != settings_.issuer) return Fail(Unavailable("discovery names another issuer"));
  ProviderMetadata metadata;
  auto authorization = EndpointUrl(*document, "authorization_endpoint");
  auto token = EndpointUrl(*document, "token_endpoint");
  auto jwks = EndpointUrl(*document, "jwks_uri");
  if (!authorization || !token || !jwks) return Fail(!authorization ? authorization.error() : !token ? token.error() : jwks.error());
  metadata.authorization_endpoint = TextMember(*document, "authorization_endpoint");
  metadata.token_endpoint = std::move(*token);
  metadata.jwks_uri = std::move(*jwks);
  if (EndpointUrl(*document, "end_session_endpoint")) metadata.end_session_endpoint = TextMember(*document, "end_session_endpoint");
  const std::lock_guard lock(mutex_);
  metadata_ = metadata;
  metadata_fetched_at_ = now;
  return metadata;
}

Result<std::string> OidcClient::AuthorizationUrl(const PendingLogin& login) {
  auto metadata = Metadata();
  if (!metadata) return Fail(metadata.error());
  return WithQuery(metadata->authorization_endpoint, {{"response_type", "code"},
                                                      {"client_id", settings_.client_id},
                                                      {"redirect_uri", settings_.RedirectUri()},
                                                      {"scope", settings_.scope},
                                                      {"state", login.state},
                                                      {"nonce", login.nonce},
                                                      {"code_challenge", CodeChallenge(login.code_verifier)},
                                                      {"code_challenge_method", "S256"}});
}

std::optional<std::string> OidcClient::EndSessionUrl() {
  auto metadata = Metadata();
  if (!metadata || metadata->end_session_endpoint.empty()) return std::nullopt;
  return WithQuery(metadata->end_session_endpoint,
                   {{"client_id", settings_.client_id}, {"post_logout_redirect_uri", settings_.public_url + "/"}});
}

Result<void> OidcClient::FetchKeys(const ProviderUrl& jwks_uri) {
  auto answer = ProviderGet(jwks_uri);
  if (!answer) return Fail(answer.error());
  if (answer->status != 200) return Fail(Unavailable("jwks answered " + std::to_string(answer->status)));
  auto document = JsonAnswer(*answer, "jwks");
  if (!document) return Fail(document.error());
  auto keys = ParseKeySet(*document);
  if (!keys) return Fail(keys.error());
  const std::lock_guard lock(mutex_);
  keys_ = std::move(*keys);
  return {};
}

Result<PublicKey> OidcClient::KeyFor(const CompactJws& token) {
  const std::string kid = TextMember(token.header, "kid");
  const auto lookup = [&]() -> std::optional<PublicKey> {
    const std::lock_guard lock(mutex_);
    if (kid.empty()) return keys_.without_kid.size() == 1 ? std::optional(keys_.without_kid[0]) : std::nullopt;
    const auto it = keys_.by_kid.find(kid);
    return it == keys_.by_kid.end() ? std::nullopt : std::optional(it->second);
  };
  if (auto key = lookup()) return *key;
  // A key we do not know: the provider may have rotated its keys since we last fetched them.
  auto metadata = Metadata();
  if (!metadata) return Fail(metadata.error());
  if (auto fetched = FetchKeys(metadata->jwks_uri); !fetched) return Fail(fetched.error());
  if (auto key = lookup()) return *key;
  return Fail(MakeError(ErrorCode::kLoginTokenInvalid, "id_token", "kid"));
}

Result<wire::Json> OidcClient::Redeem(const std::string& code, const PendingLogin& login, std::int64_t now_seconds) {
  auto metadata = Metadata();
  if (!metadata) return Fail(metadata.error());
  auto answer = ProviderPostForm(metadata->token_endpoint,
                                 {{"grant_type", "authorization_code"},
                                  {"code", code},
                                  {"redirect_uri", settings_.RedirectUri()},
                                  {"code_verifier", login.code_verifier}},
                                 settings_.client_id, settings_.client_secret);
  if (!answer) return Fail(answer.error());
  auto body = wire::ParseJson(answer->body, 16);
  if (answer->status != 200) {
    // 400 with an OAuth error (RFC 6749 § 5.2: a reused or expired code is invalid_grant); anything else: the provider is unwell.
    if (const std::string error = body ? TextMember(*body, "error") : ""; answer->status == 400 && !error.empty()) {
      return Fail(MakeError(ErrorCode::kLoginProviderRefused, "code", error.substr(0, 64)));
    }
    return Fail(Unavailable("token endpoint answered " + std::to_string(answer->status)));
  }
  const std::string id_token = body ? TextMember(*body, "id_token") : "";
  if (id_token.empty()) {
    return Fail(MakeError(ErrorCode::kLoginTokenInvalid, "id_token", "missing"));
  }
  auto token = ParseCompactJws(id_token);
  if (!token) return Fail(token.error());
  const std::string alg = TextMember(token->header, "alg");
  if (!IsSupportedAlgorithm(alg)) return Fail(MakeError(ErrorCode::kLoginTokenInvalid, "id_token", "alg"));
  auto key = KeyFor(*token);
  if (!key) return Fail(key.error());
  if (!VerifySignature(*key, alg, token->signing_input, token->signature)) {
    return Fail(MakeError(ErrorCode::kLoginTokenInvalid, "id_token", "signature"));
  }
  const IdTokenExpectations expected{settings_.issuer, settings_.client_id, login.nonce, now_seconds};
  if (auto checked = CheckIdTokenClaims(token->payload, expected); !checked) return Fail(checked.error());
  return std::move(token->payload);
}

}  // namespace optagelse::oidc
