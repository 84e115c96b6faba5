// Logins that went to the provider and have not come back: each keyed by its `state` (the
// browser also holds it in a cookie, so a callback started in another browser fails), with the
// nonce the ID token must carry, the PKCE code verifier (RFC 7636), who is logging in and where
// to return. Taking one removes it: a replayed callback finds nothing. Bounded and short-lived.
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/problem.h"

namespace optagelse::oidc {

enum class LoginAudience { kCitizen, kStaff };

struct PendingLogin {
  std::string state;
  std::string nonce;
  std::string code_verifier;
  LoginAudience audience = LoginAudience::kCitizen;
  std::string return_path;
  std::int64_t started_at = 0;
};

class PendingLogins {
 public:
  static constexpr std::int64_t kLifetimeSeconds = 10 * 60;
  static constexpr std::size_t kMaxPending = 20000;

  // A new login with fresh random state, nonce and verifier (OpenSSL's generator).
  Result<PendingLogin> Start(LoginAudience audience, std::string return_path, std::int64_t now_seconds);
  // The login with this state if it is pending and young enough; it is pending no longer.
  std::optional<PendingLogin> Take(const std::string& state, std::int64_t now_seconds);

 private:
  void ForgetOld(std::int64_t now_seconds);
  std::mutex mutex_;
  std::map<std::string, PendingLogin> by_state_;
  std::multimap<std::int64_t, std::string> by_start_;
};

// The PKCE S256 challenge of a verifier: base64url(SHA-256(verifier)).
std::string CodeChallenge(const std::string& code_verifier);

}  // namespace optagelse::oidc
