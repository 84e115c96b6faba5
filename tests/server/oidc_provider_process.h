// A real OpenID provider for sign-in tests: tests/oidc/provider.mjs (the npm package oidc-provider)
// run by node on a free loopback port, with the test's accounts and the server's redirect URI.
// Also: its test controls (forged tokens, key rotation, walking its login page), and a free port.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/child_process.h"
#include "wire/json.h"

namespace optagelse::testing {

class OidcProviderProcess {
 public:
  // accounts: {"login": {claims...}}; the clients are "optagelse" (RS256) and "optagelse-es" (ES256).
  OidcProviderProcess(const std::string& dir, const std::string& redirect_uri, const std::string& post_logout_uri,
                      const std::string& client_secret, const wire::Json& accounts,
                      std::vector<std::string> extra_args = {});
  ~OidcProviderProcess();
  OidcProviderProcess(const OidcProviderProcess&) = delete;
  OidcProviderProcess& operator=(const OidcProviderProcess&) = delete;

  bool started() const { return !issuer_.empty(); }
  const std::string& issuer() const { return issuer_; }
  const std::string& output() const { return output_; }
  void Stop();

  // What the token endpoint does to ID tokens from now on: "none", "bad_signature", "wrong_aud",
  // "wrong_iss", "expired", "wrong_nonce", "unknown_kid", "alg_none".
  void Tamper(const std::string& mode);
  // New signing keys, published beside the old ones; tokens are signed with the new ones.
  void RotateKeys();
  // Follows the authorization URL through the provider's login page as `login`; where the provider
  // sends the browser in the end (the server's callback URL), or "" with the reason in output().
  std::string Drive(const std::string& authorization_url, const std::string& login);

 private:
  wire::Json Control(const std::string& path, const wire::Json& body);
  std::unique_ptr<bench::ChildProcess> process_;
  std::string issuer_;
  std::string output_;
};

// A loopback port that was free a moment ago (for a server whose own URL must be known beforehand).
int FreeLoopbackPort();

}  // namespace optagelse::testing
