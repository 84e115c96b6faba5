// Dates in words: see date_text.h.
#include "calendar/date_text.h"

#include <array>
#include <string_view>

namespace optagelse {

std::string FormatLongDate(const Date& date, Language language) {
  static constexpr std::array<std::string_view, 12> kDanish = {"januar", "februar", "marts",     "april",   "maj",      "juni",
                                                               "juli",   "august",  "september", "oktober", "november", "december"};
  static constexpr std::array<std::string_view, 12> kEnglish = {"January", "February", "March",     "April",   "May",      "June",
                                                                "July",    "August",   "September", "October", "November", "December"};
  if (!IsValidDate(date.year, date.month, date.day)) return FormatIsoDate(date);
  const auto month = static_cast<std::size_t>(date.month - 1);
  if (language == Language::kDanish) {
    return std::to_string(date.day) + ". " + std::string(kDanish[month]) + " " + std::to_string(date.year);
  }
  return std::to_string(date.day) + " " + std::string(kEnglish[month]) + " " + std::to_string(date.year);
}

}  // namespace optagelse
