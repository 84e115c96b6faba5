// ISO 8601 formatting and parsing of calendar dates.
#include "calendar/date.h"

#include <algorithm>

namespace optagelse {
namespace {

bool ReadNumber(std::string_view text, int& out) {
  out = 0;
  if (text.empty()) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

void AppendPadded(std::string& out, int value, int width) {
  std::string digits = std::to_string(value);
  if (static_cast<int>(digits.size()) < width) out.append(width - digits.size(), '0');
  out += digits;
}

}  // namespace

Date AddMonths(const Date& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;
  Date out{index / 12, index % 12 + 1, date.day};
  out.day = std::min(out.day, DaysInMonth(out.year, out.month));
  return out;
}

Date AddYears(const Date& date, int years) { return AddMonths(date, years * 12); }

std::string FormatIsoDate(const Date& date) {
  std::string out;
  out.reserve(10);
  AppendPadded(out, date.year, 4);
  out += '-';
  AppendPadded(out, date.month, 2);
  out += '-';
  AppendPadded(out, date.day, 2);
  return out;
}

std::optional<Date> ParseIsoDate(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  Date date;
  if (!ReadNumber(text.substr(0, 4), date.year) || !ReadNumber(text.substr(5, 2), date.month) ||
      !ReadNumber(text.substr(8, 2), date.day)) {
    return std::nullopt;
  }
  if (!IsValidDate(date.year, date.month, date.day)) return std::nullopt;
  return date;
}

}  // namespace optagelse
