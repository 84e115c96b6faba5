// Every error and warning the system can report, with a fixed number that travels over HTTP and
// into the database. Add new codes at the end of their block; never renumber. Human text for each
// code lives in messages.cpp (Danish and English), and a test checks that every code has both.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace optagelse {

// X(name, number): the one list of codes. Blocks: 1xxx general/request, 2xxx CPR, 3xxx storage.
#define OPTAGELSE_ERROR_CODES(X)        \
  X(kInternal, 1000)                    \
  X(kBadRequest, 1001)                  \
  X(kNotFound, 1002)                    \
  X(kPayloadTooLarge, 1003)             \
  X(kUnsupportedMediaType, 1004)        \
  X(kInvalidJson, 1005)                 \
  X(kMissingField, 1006)                \
  X(kWrongFieldType, 1007)              \
  X(kMethodNotAllowed, 1008)            \
  X(kDuplicateValue, 1009)              \
  X(kUnknownReference, 1010)            \
  X(kInvalidInstitutionNumber, 1011)    \
  X(kCprEmpty, 2000)                    \
  X(kCprWrongLength, 2001)              \
  X(kCprInvalidCharacter, 2002)         \
  X(kCprImpossibleDate, 2003)           \
  X(kCprModulus11Failed, 2004)          \
  X(kCprFictitiousDayPlus60, 2005)      \
  X(kCprFictitiousLetters, 2006)        \
  X(kCprMisplacedHyphen, 2007)          \
  X(kDatabaseUnavailable, 3000)         \
  X(kDatabaseMigrationFailed, 3001)     \
  X(kDemoDataInvalid, 3002)

enum class ErrorCode : std::int32_t {
#define OPTAGELSE_ENUM_ENTRY(name, number) name = number,
  OPTAGELSE_ERROR_CODES(OPTAGELSE_ENUM_ENTRY)
#undef OPTAGELSE_ENUM_ENTRY
};

inline constexpr std::array kAllErrorCodes = {
#define OPTAGELSE_ARRAY_ENTRY(name, number) ErrorCode::name,
    OPTAGELSE_ERROR_CODES(OPTAGELSE_ARRAY_ENTRY)
#undef OPTAGELSE_ARRAY_ENTRY
};

// The stable symbolic name ("cpr_wrong_length") used in JSON next to the number.
std::string_view ErrorCodeName(ErrorCode code);

constexpr std::int32_t ErrorCodeNumber(ErrorCode code) { return static_cast<std::int32_t>(code); }

}  // namespace optagelse
