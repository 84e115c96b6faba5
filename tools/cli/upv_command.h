// `optagelse upv --rules YEAR --in FILE`: assesses one JSON pupil per line and prints one JSON line
// per pupil ({"id", "tracks": {"eud": {"ready", "reasons"}, ...}, "provisional"}). A bad line gives
// {"id", "error": CODE, "name", "field", "message"} and processing continues.
#pragma once

#include <istream>
#include <ostream>

#include "upv/rule_set.h"
#include "wire/upv_wire.h"

namespace optagelse::tools {

struct UpvRunCounts {
  std::size_t assessed = 0;
  std::size_t failed = 0;
};

UpvRunCounts RunUpv(const upv::RuleSet& rules, std::istream& in, std::ostream& out, wire::TextLanguages languages);

}  // namespace optagelse::tools
