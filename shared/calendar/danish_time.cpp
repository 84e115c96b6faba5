// Danish local time: see danish_time.h.
#include "calendar/danish_time.h"

#include <cstdio>

#include "calendar/date_text.h"

namespace optagelse {
namespace {

// 01:00 UTC on the last Sunday of the month (1 January 1970 was a Thursday).
UnixSeconds LastSundayOneAm(int year, int month) {
  const Date last{year, month, DaysInMonth(year, month)};
  const std::int64_t days = DaysSinceEpoch(last);
  const std::int64_t weekday = ((days % 7) + 7 + 4) % 7;  // 0 = Sunday
  return (days - weekday) * 86400 + 3600;
}

}  // namespace

int DanishUtcOffsetMinutes(UnixSeconds instant) {
  const int year = DateFromDaysSinceEpoch(instant >= 0 ? instant / 86400 : (instant - 86399) / 86400).year;
  const bool summer = instant >= LastSundayOneAm(year, 3) && instant < LastSundayOneAm(year, 10);
  return summer ? 120 : 60;
}

std::string FormatDanishDateTime(UnixSeconds instant, Language language) {
  const int offset = DanishUtcOffsetMinutes(instant);
  const UnixSeconds local = instant + offset * 60;
  const std::int64_t seconds_of_day = ((local % 86400) + 86400) % 86400;
  const Date date = LocalDateOf(instant, offset);
  char clock[16];
  std::snprintf(clock, sizeof clock, language == Language::kDanish ? "%02d.%02d" : "%02d:%02d", static_cast<int>(seconds_of_day / 3600),
                static_cast<int>(seconds_of_day / 60 % 60));
  return FormatLongDate(date, language) + (language == Language::kDanish ? " kl. " : " at ") + clock;
}

}  // namespace optagelse
