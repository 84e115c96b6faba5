// `optagelse allocate --in FILE --out FILE [--seed N] [--rules YEAR] [--explain]`: runs the central
// allocation on a JSON input (docs/allocation.md) and writes the result. A malformed input is a
// clear error naming the bad field's path, exit code 2, and no output file.
#pragma once

#include <optional>
#include <string>

namespace optagelse::tools {

struct AllocateOptions {
  std::string in;
  std::string out;
  std::optional<unsigned long long> seed;  // overrides the input's
  std::optional<int> rules_year;           // overrides the input's rule_set
  bool explain = false;
  std::string income_model;  // "" (the rule set's), "none" or "law880": compare the 2022 law with 2023+
};

int RunAllocate(const AllocateOptions& options);

}  // namespace optagelse::tools
