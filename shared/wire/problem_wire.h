// Problems on the wire: {"code": 2001, "name": "cpr_wrong_length", "field": "cpr",
// "severity": "error", "detail": "9", "message": {"da": "...", "en": "..."}}.
// Every error the API answers with has this shape, under "errors": [...].
#pragma once

#include <vector>

#include "core/problem.h"
#include "wire/json.h"

namespace optagelse::wire {

Json ProblemToJson(const Problem& problem);
Json ProblemsToJson(const std::vector<Problem>& problems);  // {"errors": [...]}
Result<Problem> ProblemFromJson(const Json& value);

}  // namespace optagelse::wire
