// CPR numbers (personnumre): parsing, birth date by the century table, sex, modulus 11, and the
// format-level classification (valid format / fictitious / malformed). Whether a number is real is
// decided by the CPR register, never here. Rules: docs/domain.md "CPR numbers" (CPR-kontoret's century
// table; modulus 11 is a warning since numbers without it were issued from 1 October 2007).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar/date.h"
#include "core/problem.h"

namespace optagelse::cpr {

enum class Sex { kFemale, kMale };
enum class CprStatus { kValidFormat, kFictitious, kMalformed };

// The field name problems with a CPR number are reported under.
inline constexpr std::string_view kCprField = "cpr";

struct CprCheck {
  CprStatus status = CprStatus::kMalformed;
  std::optional<Problem> reason;    // why fictitious or malformed; empty for a valid format
  std::string normalized;           // "DDMMYYSSSS" (letters upper-cased); empty when malformed
  std::optional<Date> birth_date;   // for day+60 numbers, the day the number stands for
  std::optional<Sex> sex;           // from the last digit: odd male, even female
  std::optional<bool> mod11;        // whether the modulus 11 check holds (all-digit numbers only)
  std::optional<Problem> warning;   // a failed modulus 11 check, the only warning: never a rejection
};

// Classifies any text a person or an admin system might send as a CPR number.
CprCheck CheckCpr(std::string_view input);

// The year of birth from the 7th digit and the two-digit year (CPR-kontoret's table).
int BirthYear(int seventh_digit, int two_digit_year);

// Modulus 11 with weights 4,3,2,7,6,5,4,3,2,1 over ten ASCII digits.
bool PassesModulus11(std::string_view ten_digits);

std::string_view StatusName(CprStatus status);  // "valid-format", "fictitious", "malformed"
std::string_view SexName(Sex sex);              // "female", "male"

// "DDMMYY-SSSS", the way people write a CPR number.
std::string FormatWithHyphen(std::string_view normalized);

}  // namespace optagelse::cpr
