// Fuzzes CPR number classification (docs/domain.md "CPR numbers") with any text: it must never crash,
// and what it accepts must be consistent - ten characters, a sex (the last character is always a
// digit), a birth date and modulus 11 verdict for all-digit numbers, and the same answer when the
// normalized number or its hyphenated form is checked again.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cpr/cpr_number.h"

using optagelse::cpr::CheckCpr;
using optagelse::cpr::CprStatus;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto check = CheckCpr(input);
  if (check.status == CprStatus::kMalformed) {
    if (!check.normalized.empty() || !check.reason) std::abort();
    return 0;
  }
  if (check.normalized.size() != 10 || !check.sex || check.reason.has_value() != (check.status == CprStatus::kFictitious)) std::abort();
  if (check.status == CprStatus::kValidFormat && (!check.birth_date || !check.mod11)) std::abort();
  const auto again = CheckCpr(check.normalized);
  const auto hyphenated = CheckCpr(optagelse::cpr::FormatWithHyphen(check.normalized));
  for (const auto& other : {again, hyphenated}) {
    if (other.status != check.status || other.normalized != check.normalized || other.birth_date != check.birth_date ||
        other.sex != check.sex || other.mod11 != check.mod11) {
      std::abort();
    }
  }
  return 0;
}
