// The server's one reading of the wall clock (the core never reads it): seconds, ISO 8601 UTC
// timestamps for records, and today's date (UTC) for age rules (a guardian sees a child under 18).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "calendar/date.h"

namespace optagelse::clock {

std::int64_t NowSeconds();
std::string NowIso();
Date Today();
// Fixes Today() (the server's --today flag: tests and demos of a given day); nullopt: the real date.
void SetFixedToday(std::optional<Date> date);
// Moves the clock so that it reads `instant` now and runs on from there (the server's --now flag:
// tests and demos of a given moment, e.g. just before the application deadline).
void SetNow(std::int64_t instant);

}  // namespace optagelse::clock
