// The relying party's side of the authorization code flow (OpenID Connect Core 1.0 § 3.1) with
// PKCE: the provider's metadata from <issuer>/.well-known/openid-configuration (Discovery 1.0
// § 4), the URL that sends the browser to the provider, and the redemption of the code that comes
// back - exchanged at the token endpoint (client_secret_basic), the ID token's signature checked
// against the provider's JWKS (fetched again when a token names a key not yet known: rotation)
// and its claims checked. Network calls happen outside any database turn. Thread-safe.
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>

#include "core/problem.h"
#include "oidc/id_token.h"
#include "oidc/json_web_key.h"
#include "oidc/oidc_settings.h"
#include "oidc/pending_logins.h"
#include "oidc/provider_http.h"
#include "wire/json.h"

namespace optagelse::oidc {

struct ProviderMetadata {
  std::string authorization_endpoint;
  ProviderUrl token_endpoint;
  ProviderUrl jwks_uri;
  std::string end_session_endpoint;  // empty when the provider offers none
};

class OidcClient {
 public:
  explicit OidcClient(OidcSettings settings) : settings_(std::move(settings)) {}
  const OidcSettings& settings() const { return settings_; }

  // The provider's metadata, fetched once an hour at most (kLoginProviderUnavailable when down).
  Result<ProviderMetadata> Metadata();
  // Where the browser goes to log in for this pending login.
  Result<std::string> AuthorizationUrl(const PendingLogin& login);
  // The verified claims of the ID token that the code buys; `now_seconds` is the wall clock.
  Result<wire::Json> Redeem(const std::string& code, const PendingLogin& login, std::int64_t now_seconds);
  // Where the browser goes to end its session at the provider, if the provider offers it.
  std::optional<std::string> EndSessionUrl();

 private:
  Result<PublicKey> KeyFor(const CompactJws& token);
  Result<void> FetchKeys(const ProviderUrl& jwks_uri);

  OidcSettings settings_;
  std::mutex mutex_;  // guards what follows; never held across a token request
  std::optional<ProviderMetadata> metadata_;
  std::int64_t metadata_fetched_at_ = 0;
  KeySet keys_;
};

}  // namespace optagelse::oidc
