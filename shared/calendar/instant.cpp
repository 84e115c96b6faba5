// Unix seconds <-> calendar dates (the civil-from-days arithmetic of the proleptic Gregorian
// calendar, 400-year eras), and ISO 8601 UTC timestamps.
#include "calendar/instant.h"

#include <cstdio>

namespace optagelse {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

bool ReadDigits(std::string_view text, int& out) {
  out = 0;
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

}  // namespace

std::int64_t DaysSinceEpoch(const Date& date) {
  const std::int64_t year = date.year - (date.month <= 2 ? 1 : 0);
  const std::int64_t era = FloorDiv(year, 400);
  const std::int64_t year_of_era = year - era * 400;
  const std::int64_t month_from_march = (date.month + 9) % 12;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

Date DateFromDaysSinceEpoch(std::int64_t days) {
  days += 719468;
  const std::int64_t era = FloorDiv(days, 146097);
  const std::int64_t day_of_era = days - era * 146097;
  const std::int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const int day = static_cast<int>(day_of_year - (153 * month_from_march + 2) / 5 + 1);
  const int month = static_cast<int>(month_from_march < 10 ? month_from_march + 3 : month_from_march - 9);
  const int year = static_cast<int>(year_of_era + era * 400 + (month <= 2 ? 1 : 0));
  return Date{year, month, day};
}

UnixSeconds InstantOf(const Date& date, int minute_of_day, int utc_offset_minutes) {
  return DaysSinceEpoch(date) * kSecondsPerDay + static_cast<std::int64_t>(minute_of_day - utc_offset_minutes) * 60;
}

Date LocalDateOf(UnixSeconds instant, int utc_offset_minutes) {
  return DateFromDaysSinceEpoch(FloorDiv(instant + static_cast<std::int64_t>(utc_offset_minutes) * 60, kSecondsPerDay));
}

std::string FormatIsoInstant(UnixSeconds instant) {
  const std::int64_t days = FloorDiv(instant, kSecondsPerDay);
  const std::int64_t seconds = instant - days * kSecondsPerDay;
  const int hour = static_cast<int>(seconds / 3600);
  const int minute = static_cast<int>(seconds / 60 % 60);
  const int second = static_cast<int>(seconds % 60);
  char time[16];
  std::snprintf(time, sizeof time, "T%02d:%02d:%02dZ", hour, minute, second);
  return FormatIsoDate(DateFromDaysSinceEpoch(days)) + time;
}

std::optional<UnixSeconds> ParseIsoInstant(std::string_view text) {
  if (text.size() != 17 && text.size() != 20) return std::nullopt;  // YYYY-MM-DDTHH:MMZ or ...:SSZ
  if (text[10] != 'T' || text[13] != ':' || text.back() != 'Z') return std::nullopt;
  const auto date = ParseIsoDate(text.substr(0, 10));
  int hour = 0, minute = 0, second = 0;
  if (!date || !ReadDigits(text.substr(11, 2), hour) || !ReadDigits(text.substr(14, 2), minute)) return std::nullopt;
  if (text.size() == 20 && (text[16] != ':' || !ReadDigits(text.substr(17, 2), second))) return std::nullopt;
  if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
  return InstantOf(*date, hour * 60 + minute, 0) + second;
}

}  // namespace optagelse
