// The allocation's file format (docs/allocation.md), the same JSON the CLI reads and writes and the
// server stores: input {"rule_set", "seed", "programmes", "zones", "applicants"} and result
// {"assignments", "unplaced", "cutoffs", "stable", ...}. A bad field is a Problem naming its path.
#pragma once

#include "allocation/allocation_engine.h"
#include "wire/json.h"
#include "wire/upv_wire.h"

namespace optagelse::wire {

Result<allocation::AllocationInput> AllocationInputFromJson(const Json& value);
Json AllocationInputToJson(const allocation::AllocationInput& input);

// With explanations: per applicant and wish, the outcome, own key, cutoff and text.
Json AllocationResultToJson(const allocation::AllocationResult& result, bool explanations, TextLanguages languages);

// The same documents written straight to text (keys in the same order as the Json above, so both
// serialise alike): no tree of a national run in memory.
void WriteAllocationInput(const allocation::AllocationInput& input, std::string& out);
void WriteAllocationResult(const allocation::AllocationResult& result, bool explanations, TextLanguages languages, std::string& out);

}  // namespace optagelse::wire
