// Login rate limiting: see login_throttle.h.
#include "auth/login_throttle.h"

#include <openssl/sha.h>

namespace optagelse::auth {
namespace {

// The first 16 bytes of the key's SHA-256: fixed size whatever was named.
std::string Hashed(const std::string& key) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(key.data()), key.size(), digest);
  return std::string(reinterpret_cast<const char*>(digest), 16);
}

}  // namespace

void LoginThrottle::SetLimits(Limits limits) {
  std::lock_guard lock(mutex_);
  limits_ = limits;
}

void LoginThrottle::StartMinute(std::int64_t minute) {
  if (minute == minute_) return;
  minute_ = minute;  // every window belonged to the minute that is over
  by_address_.clear();
  by_person_.clear();
}

LoginThrottle::Window* LoginThrottle::Find(Windows& windows, const std::string& key, bool create) {
  const std::string hashed = Hashed(key);
  const auto it = windows.find(hashed);
  if (it != windows.end()) return &it->second;
  if (!create || windows.size() >= kMaxKeys) return nullptr;
  return &windows[hashed];
}

std::optional<int> LoginThrottle::Attempt(const std::string& address, const std::string& person, std::int64_t now) {
  std::lock_guard lock(mutex_);
  StartMinute(now / 60);
  Window* from = Find(by_address_, address, true);
  const bool address_over = from && ++from->count > limits_.per_address;
  Window* named = person.empty() ? nullptr : Find(by_person_, person, true);
  const bool person_over = named && ++named->count > limits_.per_person && from && from->failed;
  if (!address_over && !person_over) return std::nullopt;
  return static_cast<int>(60 - now % 60);
}

void LoginThrottle::Failed(const std::string& address, std::int64_t now) {
  std::lock_guard lock(mutex_);
  StartMinute(now / 60);
  if (Window* from = Find(by_address_, address, true)) from->failed = true;
}

std::size_t LoginThrottle::KeysHeld() {
  std::lock_guard lock(mutex_);
  return by_address_.size() + by_person_.size();
}

}  // namespace optagelse::auth
