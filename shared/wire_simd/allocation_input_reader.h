// Reads an allocation input file (docs/allocation.md) with simdjson's On-Demand parser, in one
// pass and without a tree: a national input of 200 MB is read at disk speed and in the memory of
// the AllocationInput it becomes. Used by `optagelse allocate` and the browser's preview (built
// there from simdjson's source with its portable kernel).
//
// The answer is always the tree reader's (wire::AllocationInputFromJson after wire::ParseJson):
// the fast reader takes documents as the format writes them, and anything it does not take in one
// pass - a syntax error, an unknown member, a wrong type, a repeated key - is read again by the
// tree reader, whose Problem names the path. The tests and a fuzz target compare the two.
#pragma once

#include <optional>
#include <string>

#include "allocation/allocation_input.h"
#include "core/problem.h"

namespace optagelse::wire {

// `text` gains spare capacity for the parser's padding (no copy when it already has 64 bytes).
Result<allocation::AllocationInput> ReadAllocationInput(std::string& text);

// Only the fast reader: nullopt where it would hand over to the tree reader (for the tests).
std::optional<allocation::AllocationInput> ReadAllocationInputFast(std::string& text);

}  // namespace optagelse::wire
