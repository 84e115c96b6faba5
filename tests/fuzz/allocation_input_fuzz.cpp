// Fuzzes the allocation's input (docs/allocation.md, law 880/2022 as in docs/domain.md "Allocation"):
// any JSON gives either explained problems or an allocation, and an allocation the engine makes
// must pass its own stability check, place nobody twice and fill no offer beyond its seats - under
// today's distance-zone rules and under the original income model alike.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "allocation/allocation_engine.h"
#include "fuzz_checks.h"
#include "wire/allocation_wire.h"

namespace {

using namespace optagelse;

void RequireSoundAllocation(const allocation::AllocationInput& input, const allocation::AllocationRules& rules) {
  auto result = allocation::Allocate(input, rules);
  if (!result) return fuzz::RequireExplained(result.error());
  if (!result->stable()) std::abort();
  if (result->placements.size() != input.applicants.size()) std::abort();
  if (!allocation::CheckStability(result->instance, result->placements).empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  auto json = wire::ParseJson(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!json) return fuzz::RequireExplained(json.error()), 0;
  fuzz::RequireStableRoundTrip(*json, wire::AllocationInputFromJson, wire::AllocationInputToJson);
  auto input = wire::AllocationInputFromJson(*json);
  if (!input) return 0;
  allocation::AllocationRules rules;
  RequireSoundAllocation(*input, rules);
  rules.income_model = allocation::IncomeModel::kLaw880;
  rules.equal_from_rank = 2;
  RequireSoundAllocation(*input, rules);
  return 0;
}
