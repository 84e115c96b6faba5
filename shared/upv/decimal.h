// Exact decimal arithmetic for averages and thresholds: values are held in thousandths ("milli")
// as integers, so 4.95 is 4950 and rounding "half up to one decimal" never meets a floating-point
// edge (4.95 stays 4.95, not 4.9499999). The rule set says how many decimals and which rounding.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/language.h"

namespace optagelse::upv {

using Milli = std::int64_t;
inline constexpr Milli kMilliPerUnit = 1000;

enum class RoundingMode { kHalfUp, kTruncate };

struct Rounding {
  int decimals = 1;  // 0..3
  RoundingMode mode = RoundingMode::kHalfUp;
  friend bool operator==(const Rounding&, const Rounding&) = default;
};

// sum / count rounded to the rule set's decimals, in thousandths. count must be positive.
// Half up rounds a tie towards +infinity (-2.45 -> -2.4), truncation towards -infinity.
Milli RoundedAverage(std::int64_t sum, std::int64_t count, Rounding rounding);

// The smallest integer sum whose rounded average over count values reaches minimum.
std::int64_t SmallestSumReaching(Milli minimum, std::int64_t count, Rounding rounding);

// "1,5" in Danish, "1.5" in English, with exactly `decimals` decimals (value must already be
// rounded to them).
std::string FormatMilli(Milli value, int decimals, Language language);

// Parses "4", "4.0", "-3.25" (at most three decimals) into thousandths.
std::optional<Milli> ParseMilli(std::string_view text);

}  // namespace optagelse::upv
