// The Danish 7-point grading scale (7-trinsskalaen): -3, 00, 02, 4, 7, 10, 12 and nothing else.
// Grades are stored as their integer value; a "step" is one move up the scale (02 -> 4).
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace optagelse::upv {

inline constexpr std::array<int, 7> kScale = {-3, 0, 2, 4, 7, 10, 12};

bool IsGrade(int value);

// Position on the scale (0 for -3 ... 6 for 12); nullopt for a value that is not a grade.
std::optional<int> ScalePosition(int grade);

// The grade one step up, or nullopt at 12.
std::optional<int> StepUp(int grade);

// Reads a grade as written by people and admin systems: "-3", "00", "02", "4", "7", "10", "12"
// (also "0" and "2"). Anything else is nullopt.
std::optional<int> ParseGrade(std::string_view text);

// The conventional spelling: "00", "02", "-3", "4", "12".
std::string FormatGrade(int grade);

}  // namespace optagelse::upv
