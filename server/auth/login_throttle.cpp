// Login rate limiting: see login_throttle.h.
#include "auth/login_throttle.h"

namespace optagelse::auth {
namespace {

constexpr std::size_t kForgetAbove = 100000;  // keys kept before old windows are swept

}  // namespace

void LoginThrottle::SetLimits(Limits limits) {
  std::lock_guard lock(mutex_);
  limits_ = limits;
}

bool LoginThrottle::Over(std::unordered_map<std::string, Window>& windows, const std::string& key, std::int64_t minute, int limit) {
  if (windows.size() > kForgetAbove) std::erase_if(windows, [minute](const auto& entry) { return entry.second.minute != minute; });
  Window& window = windows[key];
  if (window.minute != minute) window = Window{minute, 0};
  ++window.count;
  return window.count > limit;
}

std::optional<int> LoginThrottle::Attempt(const std::string& address, const std::string& person, std::int64_t now) {
  std::lock_guard lock(mutex_);
  const std::int64_t minute = now / 60;
  const bool address_over = Over(by_address_, address, minute, limits_.per_address);
  const bool person_over = !person.empty() && Over(by_person_, person, minute, limits_.per_person);
  if (!address_over && !person_over) return std::nullopt;
  return static_cast<int>(60 - now % 60);
}

}  // namespace optagelse::auth
