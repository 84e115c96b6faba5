// Fuzzes the allocation's input (docs/allocation.md, law 880/2022 as in docs/domain.md "Allocation"):
// any JSON gives either explained problems or an allocation, and an allocation the engine makes
// must pass its own stability check, place nobody twice and fill no offer beyond its seats - under
// today's distance-zone rules and under the original income model alike. The one-pass simdjson
// reader must agree with the tree reader on every input it takes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "allocation/allocation_engine.h"
#include "fuzz_checks.h"
#include "wire/allocation_wire.h"
#include "wire_simd/allocation_input_reader.h"

namespace {

using namespace optagelse;

void RequireSoundAllocation(const allocation::AllocationInput& input, const allocation::AllocationRules& rules) {
  auto result = allocation::Allocate(input, rules);
  if (!result) return fuzz::RequireExplained(result.error());
  if (!result->stable()) std::abort();
  if (result->placements.size() != input.applicants.size()) std::abort();
  if (!allocation::CheckStability(result->instance, result->placements).empty()) std::abort();
}

// Whatever the fast reader takes, the tree reader takes too, and reads the same.
void RequireReadersAgree(std::string_view bytes, const Result<allocation::AllocationInput>& tree) {
  std::string text(bytes);
  const auto fast = wire::ReadAllocationInputFast(text);
  if (!fast) return;
  if (!tree) std::abort();
  std::string fast_written, tree_written;
  wire::WriteAllocationInput(*fast, fast_written);
  wire::WriteAllocationInput(*tree, tree_written);
  if (fast_written != tree_written) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto json = wire::ParseJson(bytes);
  if (!json) {
    RequireReadersAgree(bytes, Fail(json.error()));
    return fuzz::RequireExplained(json.error()), 0;
  }
  fuzz::RequireStableRoundTrip(*json, wire::AllocationInputFromJson, wire::AllocationInputToJson);
  auto input = wire::AllocationInputFromJson(*json);
  RequireReadersAgree(bytes, input);
  if (!input) return 0;
  allocation::AllocationRules rules;
  RequireSoundAllocation(*input, rules);
  rules.income_model = allocation::IncomeModel::kLaw880;
  rules.equal_from_rank = 2;
  RequireSoundAllocation(*input, rules);
  return 0;
}
