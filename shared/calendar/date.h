// A calendar date without a clock: the core never asks what day it is, callers pass "today" in.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace optagelse {

struct Date {
  int year = 0;
  int month = 0;
  int day = 0;

  friend auto operator<=>(const Date&, const Date&) = default;
};

constexpr bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

constexpr int DaysInMonth(int year, int month) {
  constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

constexpr bool IsValidDate(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= DaysInMonth(year, month);
}

// Calendar arithmetic: the same day `months` (or years) later; a day the target month lacks is
// clamped to its last day (31 December + 2 months = 28/29 February, 29 February + 1 year = 28th).
Date AddMonths(const Date& date, int months);
Date AddYears(const Date& date, int years);

// ISO 8601, "YYYY-MM-DD".
std::string FormatIsoDate(const Date& date);
std::optional<Date> ParseIsoDate(std::string_view text);

}  // namespace optagelse
