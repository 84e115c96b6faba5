// Integer fixed-point averages and their text: see decimal.h.
#include "upv/decimal.h"

#include <cstdlib>

namespace optagelse::upv {
namespace {

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
  return q;
}

std::int64_t UnitFor(int decimals) {
  std::int64_t unit = kMilliPerUnit;
  for (int i = 0; i < decimals; ++i) unit /= 10;
  return unit;
}

}  // namespace

Milli RoundedAverage(std::int64_t sum, std::int64_t count, Rounding rounding) {
  const std::int64_t unit = UnitFor(rounding.decimals);
  // The exact average in units is sum*1000 / (count*unit); round that rational number.
  const std::int64_t numerator = sum * kMilliPerUnit;
  const std::int64_t denominator = count * unit;
  const std::int64_t units = rounding.mode == RoundingMode::kHalfUp
                                 ? FloorDiv(2 * numerator + denominator, 2 * denominator)
                                 : FloorDiv(numerator, denominator);
  return units * unit;
}

std::int64_t SmallestSumReaching(Milli minimum, std::int64_t count, Rounding rounding) {
  // Start below the exact answer and walk up: rounding moves an average by less than one rounding
  // unit, so (minimum - unit) * count is never above the answer, and at most about unit/1000 *
  // count steps below it (counts in thousandths of a grade stay quick).
  const std::int64_t unit = UnitFor(rounding.decimals);
  std::int64_t sum = FloorDiv((minimum - unit) * count, kMilliPerUnit) - 1;
  while (RoundedAverage(sum, count, rounding) < minimum) ++sum;
  return sum;
}

std::string FormatMilli(Milli value, int decimals, Language language) {
  const bool negative = value < 0;
  const Milli magnitude = negative ? -value : value;
  std::string text = negative ? "-" : "";
  text += std::to_string(magnitude / kMilliPerUnit);
  if (decimals > 0) {
    text += language == Language::kDanish ? ',' : '.';
    std::string fraction = std::to_string(magnitude % kMilliPerUnit);
    fraction.insert(0, 3 - fraction.size(), '0');
    text += fraction.substr(0, static_cast<std::size_t>(decimals));
  }
  return text;
}

std::optional<Milli> ParseMilli(std::string_view text) {
  if (text.empty() || text.size() > 12) return std::nullopt;
  bool negative = false;
  std::size_t i = 0;
  if (text[0] == '-') {
    negative = true;
    i = 1;
  }
  Milli whole = 0;
  int whole_digits = 0;
  for (; i < text.size() && text[i] != '.'; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    whole = whole * 10 + (text[i] - '0');
    ++whole_digits;
  }
  if (whole_digits == 0) return std::nullopt;
  Milli fraction = 0;
  int fraction_digits = 0;
  if (i < text.size()) {
    for (++i; i < text.size(); ++i) {
      if (text[i] < '0' || text[i] > '9' || fraction_digits == 3) return std::nullopt;
      fraction = fraction * 10 + (text[i] - '0');
      ++fraction_digits;
    }
    if (fraction_digits == 0) return std::nullopt;
  }
  for (int d = fraction_digits; d < 3; ++d) fraction *= 10;
  const Milli value = whole * kMilliPerUnit + fraction;
  return negative ? -value : value;
}

}  // namespace optagelse::upv
