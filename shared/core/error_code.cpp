// Symbolic names for error codes, derived from the enumerator names: kCprWrongLength -> "cpr_wrong_length".
#include "core/error_code.h"

namespace optagelse {
namespace {

// Each name as written in the code list, e.g. "kCprWrongLength".
std::string_view EnumeratorName(ErrorCode code) {
  switch (code) {
#define OPTAGELSE_NAME_ENTRY(name, number) \
  case ErrorCode::name:                    \
    return #name;
    OPTAGELSE_ERROR_CODES(OPTAGELSE_NAME_ENTRY)
#undef OPTAGELSE_NAME_ENTRY
  }
  return "kInternal";
}

// snake_case names, computed once per code (the list is small and fixed).
struct NameTable {
  std::array<std::array<char, 48>, kAllErrorCodes.size()> names{};
  std::array<std::size_t, kAllErrorCodes.size()> lengths{};

  NameTable() {
    for (std::size_t i = 0; i < kAllErrorCodes.size(); ++i) {
      const std::string_view camel = EnumeratorName(kAllErrorCodes[i]).substr(1);  // drop the 'k'
      std::size_t n = 0;
      for (std::size_t j = 0; j < camel.size() && n + 2 < names[i].size(); ++j) {
        const char c = camel[j];
        if (c >= 'A' && c <= 'Z') {
          if (j > 0) names[i][n++] = '_';
          names[i][n++] = static_cast<char>(c - 'A' + 'a');
        } else {
          names[i][n++] = c;
        }
      }
      lengths[i] = n;
    }
  }
};

}  // namespace

std::string_view ErrorCodeName(ErrorCode code) {
  static const NameTable table;
  for (std::size_t i = 0; i < kAllErrorCodes.size(); ++i) {
    if (kAllErrorCodes[i] == code) return {table.names[i].data(), table.lengths[i]};
  }
  return "internal";
}

}  // namespace optagelse
