// The central allocation (docs/domain.md "Allocation"; law 880/2022): the main round as
// applicant-proposing deferred acceptance in which every seat pool orders applicants by
// (forrang tier, min(rank, 4), transport minutes, lottery); then the nearest-seat round for the
// unplaced over the seats left (their 1st-wish programme within the time limit, nearest first;
// deferred acceptance again by (minutes, lottery); where no provider is within the limit the
// nearest counts as within it); the rest to the region's list with the reason. A stability check
// runs on every result.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "allocation/instance.h"

namespace optagelse::allocation {

enum class Via { kWish, kNearest, kOnlyProvider };

struct Placement {
  std::optional<std::uint32_t> offer;  // nullopt: on the region's list
  std::optional<std::uint32_t> pool;
  Via via = Via::kWish;
  int wish_rank = 0;  // 1-based when via a wish
  int minutes = PriorityKey::kUnknownMinutes;
  ErrorCode unplaced_reason = ErrorCode::kInternal;  // when not placed
};

struct PoolOutcome {
  int filled_main = 0;  // after the main round
  int filled = 0;       // after the nearest-seat round
  std::optional<std::uint64_t> last_admitted_main;  // the cutoff key when the main round filled it
};

struct AllocationResult {
  Instance instance;
  std::vector<Placement> placements;  // per applicant, in input order
  std::vector<PoolOutcome> pools;
  std::uint64_t proposals = 0;        // main round + nearest-seat round
  std::vector<std::string> stability_violations;  // empty when stable
  bool stable() const { return stability_violations.empty(); }
};

// Validates first: invalid input gives every problem, nothing is allocated.
tl::expected<AllocationResult, std::vector<Problem>> Allocate(const AllocationInput& input, const AllocationRules& rules);

// The checks of stability_violations, callable on any placements (tests feed broken ones).
std::vector<std::string> CheckStability(const Instance& instance, const std::vector<Placement>& placements);

}  // namespace optagelse::allocation
