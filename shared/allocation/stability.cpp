// The stability check of an allocation (allocation_engine.h), independent of how it was computed:
//  - no pool holds more than its seats;
//  - main round: nobody prefers a wish whose pool had a free seat after the main round, or whose
//    pool admitted someone it ranks below them (a blocking pair);
//  - nearest-seat round: the same over the seats the main round left, ranked by (minutes, lottery).
#include <algorithm>
#include <string>

#include "allocation/allocation_engine.h"
#include "allocation/nearest_candidates.h"

namespace optagelse::allocation {
namespace {

std::string Describe(const Instance& instance, std::size_t applicant, const std::string& what, std::uint32_t pool) {
  return "applicant " + instance.input->applicants[applicant].id + ": " + what + " at " +
         instance.input->offers[instance.pools[pool].offer].id;
}

}  // namespace

std::vector<std::string> CheckStability(const Instance& instance, const std::vector<Placement>& placements) {
  std::vector<std::string> violations;
  const std::size_t pools = instance.pools.size();
  std::vector<int> main_filled(pools, 0), nearest_filled(pools, 0);
  std::vector<std::uint64_t> main_worst(pools, 0), nearest_worst(pools, 0);
  for (std::size_t a = 0; a < placements.size(); ++a) {
    const Placement& placement = placements[a];
    if (!placement.pool) continue;
    const std::uint32_t pool = *placement.pool;
    if (placement.via == Via::kWish) {
      ++main_filled[pool];
      main_worst[pool] = std::max(main_worst[pool], instance.wish_key[instance.wish_begin[a] + static_cast<std::uint32_t>(placement.wish_rank - 1)]);
    } else {
      ++nearest_filled[pool];
      nearest_worst[pool] = std::max(nearest_worst[pool], PriorityKey{0, 0, placement.minutes, instance.lottery_rank[a]}.Packed());
    }
  }
  for (std::size_t p = 0; p < pools; ++p) {
    if (main_filled[p] + nearest_filled[p] > instance.pools[p].capacity) {
      violations.push_back("over capacity at " + instance.input->offers[instance.pools[p].offer].id);
    }
  }
  for (std::size_t a = 0; a < placements.size() && violations.size() < 100; ++a) {
    const Placement& placement = placements[a];
    const std::uint32_t begin = instance.wish_begin[a];
    const std::uint32_t end = placement.via == Via::kWish && placement.offer ? begin + static_cast<std::uint32_t>(placement.wish_rank - 1)
                                                                             : instance.wish_begin[a + 1];
    for (std::uint32_t w = begin; w < end; ++w) {
      const std::uint32_t pool = instance.wish_pool[w];
      if (main_filled[pool] < instance.pools[pool].capacity) violations.push_back(Describe(instance, a, "a free seat at a preferred wish", pool));
      else if (instance.wish_key[w] < main_worst[pool]) violations.push_back(Describe(instance, a, "ranked above someone admitted", pool));
    }
    if (placement.via == Via::kWish && placement.offer) continue;
    for (const Candidate& candidate : NearestCandidates(instance, a)) {
      const std::uint32_t pool = instance.PoolFor(a, candidate.offer);
      if (placement.pool && pool == *placement.pool) break;
      const int seats = instance.pools[pool].capacity - main_filled[pool];
      if (seats <= 0) continue;
      const std::uint64_t key = PriorityKey{0, 0, candidate.minutes, instance.lottery_rank[a]}.Packed();
      if (nearest_filled[pool] < seats) violations.push_back(Describe(instance, a, "a free nearer seat", pool));
      else if (key < nearest_worst[pool]) violations.push_back(Describe(instance, a, "nearer than someone placed", pool));
    }
  }
  return violations;
}

}  // namespace optagelse::allocation
