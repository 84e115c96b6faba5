// The 7-point scale: see grade_scale.h.
#include "upv/grade_scale.h"

namespace optagelse::upv {

std::optional<int> ScalePosition(int grade) {
  for (std::size_t i = 0; i < kScale.size(); ++i) {
    if (kScale[i] == grade) return static_cast<int>(i);
  }
  return std::nullopt;
}

bool IsGrade(int value) { return ScalePosition(value).has_value(); }

std::optional<int> StepUp(int grade) {
  const auto position = ScalePosition(grade);
  if (!position || *position + 1 >= static_cast<int>(kScale.size())) return std::nullopt;
  return kScale[static_cast<std::size_t>(*position + 1)];
}

std::optional<int> ParseGrade(std::string_view text) {
  static constexpr std::array<std::pair<std::string_view, int>, 9> kSpellings = {{
      {"-3", -3}, {"00", 0}, {"0", 0}, {"02", 2}, {"2", 2}, {"4", 4}, {"7", 7}, {"10", 10}, {"12", 12}}};
  for (const auto& [spelling, value] : kSpellings) {
    if (text == spelling) return value;
  }
  return std::nullopt;
}

std::string FormatGrade(int grade) {
  if (grade == 0) return "00";
  if (grade == 2) return "02";
  return std::to_string(grade);
}

}  // namespace optagelse::upv
