// Pending logins: see pending_logins.h.
#include "oidc/pending_logins.h"

#include <openssl/rand.h>
#include <openssl/sha.h>

#include "oidc/base64url.h"

namespace optagelse::oidc {
namespace {

std::optional<std::string> RandomToken() {
  unsigned char bytes[32];
  if (RAND_bytes(bytes, sizeof bytes) != 1) return std::nullopt;
  return Base64UrlEncode(std::string_view(reinterpret_cast<const char*>(bytes), sizeof bytes));
}

}  // namespace

std::string CodeChallenge(const std::string& code_verifier) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(code_verifier.data()), code_verifier.size(), digest);
  return Base64UrlEncode(std::string_view(reinterpret_cast<const char*>(digest), sizeof digest));
}

Result<PendingLogin> PendingLogins::Start(LoginAudience audience, std::string return_path, std::int64_t now_seconds) {
  auto state = RandomToken();
  auto nonce = RandomToken();
  auto verifier = RandomToken();
  if (!state || !nonce || !verifier) return Fail(MakeError(ErrorCode::kInternal, "session", "random"));
  PendingLogin login{*state, *nonce, *verifier, audience, std::move(return_path), now_seconds};
  const std::lock_guard lock(mutex_);
  ForgetOld(now_seconds);
  if (by_state_.size() >= kMaxPending) {  // full of young logins: the oldest gives way
    by_state_.erase(by_start_.begin()->second);
    by_start_.erase(by_start_.begin());
  }
  by_start_.emplace(now_seconds, login.state);
  by_state_.emplace(login.state, login);
  return login;
}

std::optional<PendingLogin> PendingLogins::Take(const std::string& state, std::int64_t now_seconds) {
  const std::lock_guard lock(mutex_);
  ForgetOld(now_seconds);
  const auto it = by_state_.find(state);
  if (it == by_state_.end()) return std::nullopt;
  PendingLogin login = std::move(it->second);
  by_state_.erase(it);
  for (auto [at, end] = by_start_.equal_range(login.started_at); at != end; ++at) {
    if (at->second == state) {
      by_start_.erase(at);
      break;
    }
  }
  return login;
}

void PendingLogins::ForgetOld(std::int64_t now_seconds) {
  while (!by_start_.empty() && by_start_.begin()->first + kLifetimeSeconds < now_seconds) {
    by_state_.erase(by_start_.begin()->second);
    by_start_.erase(by_start_.begin());
  }
}

}  // namespace optagelse::oidc
