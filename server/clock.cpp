// The wall clock: see clock.h.
#include "clock.h"

#include <ctime>

namespace optagelse::clock {

std::int64_t NowSeconds();

namespace {

std::optional<Date> fixed_today;  // set once at start-up, before any request thread runs
std::int64_t offset_seconds = 0;  // likewise

std::tm UtcNow() {
  const std::time_t now = static_cast<std::time_t>(NowSeconds());
  std::tm utc{};
  gmtime_r(&now, &utc);
  return utc;
}

}  // namespace

std::int64_t NowSeconds() { return static_cast<std::int64_t>(std::time(nullptr)) + offset_seconds; }

void SetNow(std::int64_t instant) { offset_seconds = instant - static_cast<std::int64_t>(std::time(nullptr)); }

std::string NowIso() {
  const std::tm utc = UtcNow();
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

void SetFixedToday(std::optional<Date> date) { fixed_today = date; }

Date Today() {
  if (fixed_today) return *fixed_today;
  const std::tm utc = UtcNow();
  return Date{utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday};
}

}  // namespace optagelse::clock
