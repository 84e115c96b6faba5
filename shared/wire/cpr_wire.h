// A CPR check on the wire, the format of `optagelse cpr check` and POST /api/v1/cpr/check:
// {"input", "normalized", "status", "reason", "birth_date", "sex", "mod11", "problems"}
// (null where a value does not apply; reason is the error code's symbolic name).
#pragma once

#include <string_view>

#include "cpr/cpr_number.h"
#include "wire/json.h"

namespace optagelse::wire {

Json CprCheckToJson(std::string_view input, const cpr::CprCheck& check);

}  // namespace optagelse::wire
