// Fuzzes the rule-set loader (assets/rules/<year>.json through upv::ValidateRuleSet): any text
// gives a validated rule set or an explained, coded problem - never a crash or an internal error.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "wire/rule_set_wire.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto rule_set = optagelse::wire::RuleSetFromText(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!rule_set) optagelse::fuzz::RequireExplained(rule_set.error());
  return 0;
}
