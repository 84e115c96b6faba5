// Points in time as Unix seconds (UTC), and the step between them and calendar dates. The core never
// reads a clock: callers pass "now" in. Deadlines are written in the rule sets as Danish local time
// with the UTC offset that applies on the day (CET, +60 minutes, on 1 March).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "calendar/date.h"

namespace optagelse {

using UnixSeconds = std::int64_t;

// Days from 1970-01-01 to the date (negative before), proleptic Gregorian calendar.
std::int64_t DaysSinceEpoch(const Date& date);
Date DateFromDaysSinceEpoch(std::int64_t days);

// The instant of a local wall-clock minute on a date, given the local offset from UTC.
UnixSeconds InstantOf(const Date& date, int minute_of_day, int utc_offset_minutes);
// The local calendar date at an instant.
Date LocalDateOf(UnixSeconds instant, int utc_offset_minutes);

// "2027-03-01T22:59:00Z"; parsing accepts that form (seconds optional, 'Z' required).
std::string FormatIsoInstant(UnixSeconds instant);
std::optional<UnixSeconds> ParseIsoInstant(std::string_view text);

}  // namespace optagelse
