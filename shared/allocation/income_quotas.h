// The law 880 income model (never applied in practice; kept so a region can compare "2022 law" with
// "2023+"): in a distribution zone each offer's seats are split into low / middle / high income
// shares in proportion to the zone's 1st-wish applicants per income group, by largest remainder
// (ties to the lower group); applicants compete only for their group's seats. Elsewhere, and under
// IncomeModel::kNone, an offer is one pool. A zone without 1st-wish applicants splits equally.
#pragma once

#include <cstdint>
#include <vector>

#include "allocation/allocation_input.h"

namespace optagelse::allocation {

struct Pool;

// Appends the pools of every offer to pools; answers each offer's pool indices.
std::vector<std::vector<std::uint32_t>> SplitIntoPools(const AllocationInput& input, const AllocationRules& rules,
                                                       std::vector<Pool>& pools);

// Largest-remainder split of seats in proportion to counts (exposed for tests).
std::vector<int> LargestRemainder(int seats, const std::vector<std::int64_t>& counts);

}  // namespace optagelse::allocation
