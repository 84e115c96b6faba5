// Human text for every ErrorCode, in Danish and English: the one table users read errors from.
#pragma once

#include <string>
#include <string_view>

#include "core/error_code.h"
#include "core/language.h"
#include "core/problem.h"

namespace optagelse {

// The message template for a code; "{}" marks where a Problem's detail goes.
std::string_view MessageTemplate(ErrorCode code, Language language);

// The finished text for one problem, with its detail filled in.
std::string MessageFor(const Problem& problem, Language language);

}  // namespace optagelse
