// The wall clock: see clock.h. Formatting and dates are the core's (calendar/instant.h).
#include "clock.h"

#include <ctime>

#include "calendar/instant.h"

namespace optagelse::clock {
namespace {

std::optional<Date> fixed_today;  // set once at start-up, before any request thread runs
std::int64_t offset_seconds = 0;  // likewise

}  // namespace

std::int64_t NowSeconds() { return static_cast<std::int64_t>(std::time(nullptr)) + offset_seconds; }

void SetNow(std::int64_t instant) { offset_seconds = instant - static_cast<std::int64_t>(std::time(nullptr)); }

std::string NowIso() { return FormatIsoInstant(NowSeconds()); }

void SetFixedToday(std::optional<Date> date) { fixed_today = date; }

Date Today() {
  if (fixed_today) return *fixed_today;
  return LocalDateOf(NowSeconds(), 0);  // UTC
}

}  // namespace optagelse::clock
