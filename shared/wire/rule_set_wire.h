// Rule sets on disk (assets/rules/<year>.json, format "optagelse-rules-1") <-> upv::RuleSet.
// Thresholds are written as decimal strings ("4.0") so they are read exactly. Every field is
// checked; a wrong one is a kRuleSetInvalid problem naming it.
#pragma once

#include <string_view>

#include "upv/rule_set.h"
#include "wire/json.h"

namespace optagelse::wire {

inline constexpr std::string_view kRuleSetFormat = "optagelse-rules-1";

// Parses and validates (upv::ValidateRuleSet) one rule set file.
Result<upv::RuleSet> RuleSetFromText(std::string_view text);
Result<upv::RuleSet> RuleSetFromJson(const Json& value);

}  // namespace optagelse::wire
