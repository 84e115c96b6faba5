// Properties of the allocation on random instances: stable, within capacity, everyone placed or on
// the region's list with a reason, deterministic, independent of input order, the same as a literal
// round-by-round procedure, and - on tiny instances - the best stable result for every applicant
// (found by trying every possible assignment).
#include <algorithm>
#include <map>

#include <gtest/gtest.h>

#include "allocation_test_support.h"

namespace optagelse::allocation {
namespace {

using testing::RandomInstance;

std::map<std::string, std::pair<std::string, int>> ById(const AllocationInput& input, const AllocationResult& result) {
  std::map<std::string, std::pair<std::string, int>> placed;
  for (std::size_t a = 0; a < input.applicants.size(); ++a) {
    const Placement& p = result.placements[a];
    placed[input.applicants[a].id] = {p.offer ? input.offers[*p.offer].id : "", p.offer ? p.wish_rank : -static_cast<int>(p.unplaced_reason)};
  }
  return placed;
}

// The main round done literally in rounds: every applicant without a tentative seat applies to
// their next wish at once; each pool keeps its best applicants up to capacity and turns the rest away.
std::vector<int> RoundByRound(const Instance& instance) {
  const std::size_t n = instance.applicant_count();
  std::vector<int> held_at(n, -1);  // wish index
  std::vector<std::uint32_t> next(instance.wish_begin.begin(), instance.wish_begin.end() - 1);
  std::vector<std::vector<std::pair<std::uint64_t, std::uint32_t>>> pools(instance.pools.size());
  for (bool proposed = true; proposed;) {
    proposed = false;
    std::vector<std::vector<std::pair<std::uint64_t, std::uint32_t>>> incoming(instance.pools.size());
    for (std::uint32_t a = 0; a < n; ++a) {
      if (held_at[a] >= 0 || next[a] >= instance.wish_begin[a + 1]) continue;
      const std::uint32_t w = next[a]++;
      incoming[instance.wish_pool[w]].push_back({instance.wish_key[w], a});
      held_at[a] = static_cast<int>(w);
      proposed = true;
    }
    for (std::size_t p = 0; p < pools.size(); ++p) {
      auto& all = pools[p];
      all.insert(all.end(), incoming[p].begin(), incoming[p].end());
      std::sort(all.begin(), all.end());
      while (static_cast<int>(all.size()) > instance.pools[p].capacity) {
        held_at[all.back().second] = -1;
        all.pop_back();
      }
    }
  }
  return held_at;
}

TEST(AllocationProperties, RandomInstances) {
  for (std::uint64_t seed = 1; seed <= 300; ++seed) {
    const bool zones = seed % 3 == 0;
    const AllocationInput input = RandomInstance(seed, 5 + static_cast<int>(seed % 40), 2 + static_cast<int>(seed % 6), zones);
    AllocationRules rules;
    if (zones) rules.income_model = IncomeModel::kLaw880;
    rules.forrang_wishes = 1;
    const auto result = Allocate(input, rules);
    ASSERT_TRUE(result.has_value()) << "seed " << seed << ": " << result.error().front().field;
    EXPECT_TRUE(result->stable()) << "seed " << seed << ": " << result->stability_violations.front();
    std::vector<int> filled(result->instance.pools.size(), 0);
    for (std::size_t a = 0; a < input.applicants.size(); ++a) {
      const Placement& placement = result->placements[a];
      if (placement.pool) ++filled[*placement.pool];
      else EXPECT_TRUE(placement.unplaced_reason == ErrorCode::kAllocationNoWishes || placement.unplaced_reason == ErrorCode::kAllocationNoSeatWithinReach);
    }
    for (std::size_t p = 0; p < filled.size(); ++p) EXPECT_LE(filled[p], result->instance.pools[p].capacity);

    // Deterministic, and the order of the input does not matter.
    const auto again = Allocate(input, rules);
    EXPECT_EQ(ById(input, *result), ById(input, *again));
    AllocationInput reversed = input;
    std::reverse(reversed.applicants.begin(), reversed.applicants.end());
    const auto reordered = Allocate(reversed, rules);
    EXPECT_EQ(ById(input, *result), ById(reversed, *reordered)) << "seed " << seed;

    // The literal round-by-round procedure gives the same main round.
    const std::vector<int> literal = RoundByRound(result->instance);
    for (std::size_t a = 0; a < input.applicants.size(); ++a) {
      const Placement& placement = result->placements[a];
      const int engine = placement.via == Via::kWish && placement.offer
                             ? static_cast<int>(result->instance.wish_begin[a]) + placement.wish_rank - 1
                             : -1;
      EXPECT_EQ(engine, literal[a]) << "seed " << seed << " applicant " << input.applicants[a].id;
    }
  }
}

// Every assignment of applicants to one of their wishes or none; the stable ones (no applicant
// prefers a wish with a free seat or one that admitted someone it ranks lower).
std::vector<std::vector<int>> StableAssignments(const Instance& instance) {
  const std::size_t n = instance.applicant_count();
  std::vector<std::vector<int>> stable;
  std::vector<int> choice(n, -1);  // wish offset, -1 none
  while (true) {
    std::vector<int> filled(instance.pools.size(), 0);
    std::vector<std::uint64_t> worst(instance.pools.size(), 0);
    bool ok = true;
    for (std::size_t a = 0; a < n && ok; ++a) {
      if (choice[a] < 0) continue;
      const std::uint32_t w = instance.wish_begin[a] + static_cast<std::uint32_t>(choice[a]);
      ok = ++filled[instance.wish_pool[w]] <= instance.pools[instance.wish_pool[w]].capacity;
      worst[instance.wish_pool[w]] = std::max(worst[instance.wish_pool[w]], instance.wish_key[w]);
    }
    for (std::size_t a = 0; a < n && ok; ++a) {
      const std::uint32_t end = choice[a] < 0 ? instance.wish_begin[a + 1] : instance.wish_begin[a] + static_cast<std::uint32_t>(choice[a]);
      for (std::uint32_t w = instance.wish_begin[a]; w < end && ok; ++w) {
        const std::uint32_t pool = instance.wish_pool[w];
        ok = filled[pool] >= instance.pools[pool].capacity && instance.wish_key[w] > worst[pool];
      }
    }
    if (ok) stable.push_back(choice);
    std::size_t i = 0;
    for (; i < n; ++i) {
      const int wishes = static_cast<int>(instance.wish_begin[i + 1] - instance.wish_begin[i]);
      if (++choice[i] < wishes) break;
      choice[i] = -1;
    }
    if (i == n) break;
  }
  return stable;
}

TEST(AllocationProperties, TheMainRoundIsTheBestStableResultForEveryone) {
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    const AllocationInput input = RandomInstance(seed + 1000, 2 + static_cast<int>(seed % 5), 2 + static_cast<int>(seed % 2));
    const auto result = Allocate(input, AllocationRules{});
    ASSERT_TRUE(result.has_value());
    const auto stable = StableAssignments(result->instance);
    ASSERT_FALSE(stable.empty()) << "seed " << seed;
    for (std::size_t a = 0; a < input.applicants.size(); ++a) {
      const Placement& placement = result->placements[a];
      const int engine = placement.via == Via::kWish && placement.offer ? placement.wish_rank - 1 : 1000;
      int best = 1000;
      for (const auto& assignment : stable) best = std::min(best, assignment[a] < 0 ? 1000 : assignment[a]);
      EXPECT_EQ(engine, best) << "seed " << seed << " applicant " << input.applicants[a].id;
    }
  }
}

}  // namespace
}  // namespace optagelse::allocation
