// A Problem is one thing wrong with an input: its code, the field it concerns, how serious it is,
// and an optional detail (e.g. the character position) that the message text can show.
// Result<T> carries either a value or the first blocking Problem; validators that must report
// every problem at once return std::vector<Problem> instead.
#pragma once

#include <string>
#include <utility>

#include <tl/expected.hpp>

#include "core/error_code.h"

namespace optagelse {

enum class Severity { kError, kWarning };

struct Problem {
  ErrorCode code = ErrorCode::kInternal;
  std::string field;
  Severity severity = Severity::kError;
  std::string detail;  // substituted for "{}" in the message text; may be empty

  friend bool operator==(const Problem&, const Problem&) = default;
};

inline Problem MakeError(ErrorCode code, std::string field, std::string detail = {}) {
  return Problem{code, std::move(field), Severity::kError, std::move(detail)};
}

inline Problem MakeWarning(ErrorCode code, std::string field, std::string detail = {}) {
  return Problem{code, std::move(field), Severity::kWarning, std::move(detail)};
}

template <typename T>
using Result = tl::expected<T, Problem>;

inline tl::unexpected<Problem> Fail(Problem problem) { return tl::unexpected<Problem>(std::move(problem)); }

}  // namespace optagelse
