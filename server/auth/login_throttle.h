// Rate limiting of logins: at most so many attempts per minute from one client address, and per
// person named in an attempt (a CPR number, or an organisation), so neither one machine nor a
// botnet aimed at one person can try logins fast - without letting anyone lock another person out:
// only a well-formed attempt counts against the person it names (the route checks the shape before
// a name becomes a key), and a person over their limit is refused only to addresses that have
// failed a login this minute. Fixed one-minute windows in memory, keyed by a hash (SHA-256, so a
// long or crafted name costs the same as any other), forgotten when their minute is over, and at
// most kMaxKeys of each kind (past that a new name or address is simply not counted).
#pragma once

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace optagelse::auth {

class LoginThrottle {
 public:
  static constexpr std::size_t kMaxKeys = 200000;
  struct Limits {
    int per_address = 120;  // attempts per minute from one client address
    int per_person = 10;    // well-formed attempts per minute naming one person or organisation
  };
  void SetLimits(Limits limits);
  // Counts an attempt at `now` (seconds); nullopt when it may go ahead, else the seconds to wait.
  // An empty person (malformed, or a login that names nobody yet) counts against the address only.
  std::optional<int> Attempt(const std::string& address, const std::string& person, std::int64_t now);
  // The attempt failed (nobody logged in): from now on this minute, the address meets the limits of
  // the persons it names.
  void Failed(const std::string& address, std::int64_t now);
  // Keys held (both kinds), for tests and the attack bench.
  std::size_t KeysHeld();

 private:
  struct Window {
    int count = 0;
    bool failed = false;
  };
  using Windows = std::unordered_map<std::string, Window>;
  void StartMinute(std::int64_t minute);
  static Window* Find(Windows& windows, const std::string& key, bool create);

  std::mutex mutex_;
  Limits limits_;
  std::int64_t minute_ = 0;
  Windows by_address_;
  Windows by_person_;
};

}  // namespace optagelse::auth
