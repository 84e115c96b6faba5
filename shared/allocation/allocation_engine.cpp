// The allocation engine: see allocation_engine.h. Deferred acceptance with a max-heap of held keys
// per pool; each applicant proposes down their list until held. The nearest-seat round uses the same
// routine over candidate lists built from the 1st-wish programme's providers.
#include "allocation/allocation_engine.h"

#include "allocation/nearest_candidates.h"

#include <algorithm>

namespace optagelse::allocation {
namespace {

struct Held {
  std::uint64_t key;
  std::uint32_t applicant;
  bool operator<(const Held& other) const { return key < other.key; }  // max-heap: worst on top
};

// A proposal list: the pools an applicant may be placed in, best first, with their keys there.
struct Choices {
  std::vector<std::uint32_t> begin;  // per applicant, into pool/key; size n + 1
  std::vector<std::uint32_t> pool;
  std::vector<std::uint64_t> key;
};

// Deferred acceptance over the choices; capacity per pool. Returns per applicant the index into
// choices of where they are held, or -1.
std::vector<std::int64_t> DeferredAcceptance(const Choices& choices, const std::vector<int>& capacity,
                                             std::vector<std::vector<Held>>& held, std::uint64_t& proposals) {
  const std::size_t n = choices.begin.size() - 1;
  std::vector<std::int64_t> at(n, -1);
  std::vector<std::uint32_t> next(choices.begin.begin(), choices.begin.end() - 1);
  std::vector<std::uint32_t> free;
  free.reserve(n);
  for (std::size_t a = n; a-- > 0;) free.push_back(static_cast<std::uint32_t>(a));
  while (!free.empty()) {
    const std::uint32_t a = free.back();
    free.pop_back();
    while (next[a] < choices.begin[a + 1]) {
      const std::uint32_t c = next[a]++;
      const std::uint32_t pool = choices.pool[c];
      const std::uint64_t key = choices.key[c];
      ++proposals;
      std::vector<Held>& heap = held[pool];
      if (static_cast<int>(heap.size()) < capacity[pool]) {
        heap.push_back({key, a});
        std::push_heap(heap.begin(), heap.end());
        at[a] = c;
        break;
      }
      if (!heap.empty() && key < heap.front().key) {
        const std::uint32_t evicted = heap.front().applicant;
        std::pop_heap(heap.begin(), heap.end());
        heap.back() = {key, a};
        std::push_heap(heap.begin(), heap.end());
        at[evicted] = -1;
        free.push_back(evicted);
        at[a] = c;
        break;
      }
    }
  }
  return at;
}

Choices MainRoundChoices(const Instance& instance) {
  return Choices{instance.wish_begin, instance.wish_pool, instance.wish_key};
}

void NearestSeatRound(AllocationResult& result) {
  const Instance& instance = result.instance;
  std::vector<int> remaining(instance.pools.size());
  for (std::size_t p = 0; p < instance.pools.size(); ++p) remaining[p] = instance.pools[p].capacity - result.pools[p].filled_main;
  // Only the unplaced take part; their candidate lists keep pools with seats left.
  std::vector<std::uint32_t> who;
  Choices choices;
  std::vector<bool> beyond;
  for (std::size_t a = 0; a < result.placements.size(); ++a) {
    if (result.placements[a].offer) continue;
    if (instance.input->applicants[a].wishes.empty()) {
      result.placements[a].unplaced_reason = ErrorCode::kAllocationNoWishes;
      continue;
    }
    result.placements[a].unplaced_reason = ErrorCode::kAllocationNoSeatWithinReach;
    who.push_back(static_cast<std::uint32_t>(a));
    choices.begin.push_back(static_cast<std::uint32_t>(choices.pool.size()));
    for (const Candidate& candidate : NearestCandidates(instance, a)) {
      const std::uint32_t pool = instance.PoolFor(a, candidate.offer);
      if (remaining[pool] <= 0) continue;
      choices.pool.push_back(pool);
      choices.key.push_back(PriorityKey{0, 0, candidate.minutes, instance.lottery_rank[a]}.Packed());
      beyond.push_back(candidate.beyond_limit);
    }
  }
  choices.begin.push_back(static_cast<std::uint32_t>(choices.pool.size()));
  std::vector<std::vector<Held>> held(instance.pools.size());
  const std::vector<std::int64_t> at = DeferredAcceptance(choices, remaining, held, result.proposals);
  for (std::size_t i = 0; i < who.size(); ++i) {
    if (at[i] < 0) continue;
    Placement& placement = result.placements[who[i]];
    const std::uint32_t pool = choices.pool[static_cast<std::size_t>(at[i])];
    placement.pool = pool;
    placement.offer = instance.pools[pool].offer;
    placement.via = beyond[static_cast<std::size_t>(at[i])] ? Via::kOnlyProvider : Via::kNearest;
    placement.minutes = PriorityKey::Unpack(choices.key[static_cast<std::size_t>(at[i])]).minutes;
    ++result.pools[pool].filled;
  }
}

}  // namespace

tl::expected<AllocationResult, std::vector<Problem>> Allocate(const AllocationInput& input, const AllocationRules& rules) {
  const OfferIndex offers = IndexOffers(input);
  std::vector<Problem> problems = ValidateAllocationInput(input, rules, offers);
  if (!problems.empty()) return tl::unexpected(std::move(problems));
  AllocationResult result;
  result.instance = PrepareInstance(input, rules, offers);
  const Instance& instance = result.instance;
  std::vector<int> capacity(instance.pools.size());
  for (std::size_t p = 0; p < instance.pools.size(); ++p) capacity[p] = instance.pools[p].capacity;
  std::vector<std::vector<Held>> held(instance.pools.size());
  const std::vector<std::int64_t> at = DeferredAcceptance(MainRoundChoices(instance), capacity, held, result.proposals);
  result.pools.resize(instance.pools.size());
  result.placements.resize(input.applicants.size());
  for (std::size_t a = 0; a < at.size(); ++a) {
    if (at[a] < 0) continue;
    Placement& placement = result.placements[a];
    const std::uint32_t pool = instance.wish_pool[static_cast<std::size_t>(at[a])];
    placement.pool = pool;
    placement.offer = instance.pools[pool].offer;
    placement.via = Via::kWish;
    placement.wish_rank = static_cast<int>(static_cast<std::uint32_t>(at[a]) - instance.wish_begin[a]) + 1;
    placement.minutes = PriorityKey::Unpack(instance.wish_key[static_cast<std::size_t>(at[a])]).minutes;
  }
  for (std::size_t p = 0; p < instance.pools.size(); ++p) {
    result.pools[p].filled_main = result.pools[p].filled = static_cast<int>(held[p].size());
    if (!held[p].empty() && static_cast<int>(held[p].size()) == capacity[p]) result.pools[p].last_admitted_main = held[p].front().key;
  }
  NearestSeatRound(result);
  result.stability_violations = CheckStability(result.instance, result.placements);
  return result;
}

}  // namespace optagelse::allocation
