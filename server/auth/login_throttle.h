// Rate limiting of logins (issue "Hardening", attacks): at most so many attempts per minute from one
// client address, and per person named in the attempt (a CPR number, or a role and organisation),
// so neither one machine nor a botnet aimed at one person can try logins fast. Fixed one-minute
// windows, in memory (a restart forgets them: the limits are against speed, not a record).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace optagelse::auth {

class LoginThrottle {
 public:
  struct Limits {
    int per_address = 120;  // attempts per minute from one client address
    int per_person = 10;    // attempts per minute naming one person or organisation
  };
  void SetLimits(Limits limits);
  // Counts an attempt at `now` (seconds); nullopt when it may go ahead, else the seconds to wait.
  // An empty person (a provider whose evidence names nobody yet) counts against the address only.
  std::optional<int> Attempt(const std::string& address, const std::string& person, std::int64_t now);

 private:
  struct Window {
    std::int64_t minute = 0;
    int count = 0;
  };
  static bool Over(std::unordered_map<std::string, Window>& windows, const std::string& key, std::int64_t minute, int limit);

  std::mutex mutex_;
  Limits limits_;
  std::unordered_map<std::string, Window> by_address_;
  std::unordered_map<std::string, Window> by_person_;
};

}  // namespace optagelse::auth
