// Income shares per offer: see income_quotas.h.
#include "allocation/income_quotas.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

#include "allocation/instance.h"

namespace optagelse::allocation {
namespace {

int GroupSlot(IncomeGroup group) { return group == IncomeGroup::kLow ? 0 : group == IncomeGroup::kHigh ? 2 : 1; }

}  // namespace

std::vector<int> LargestRemainder(int seats, const std::vector<std::int64_t>& counts) {
  const std::int64_t total = std::accumulate(counts.begin(), counts.end(), std::int64_t{0});
  std::vector<std::int64_t> weights = counts;
  if (total == 0) std::fill(weights.begin(), weights.end(), 1);
  const std::int64_t weight_total = std::accumulate(weights.begin(), weights.end(), std::int64_t{0});
  std::vector<int> shares(weights.size());
  std::vector<std::int64_t> remainders(weights.size());
  int given = 0;
  for (std::size_t g = 0; g < weights.size(); ++g) {
    shares[g] = static_cast<int>(seats * weights[g] / weight_total);
    remainders[g] = seats * weights[g] % weight_total;
    given += shares[g];
  }
  std::vector<std::size_t> order(weights.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[a] > remainders[b]; });
  for (std::size_t i = 0; given < seats; ++i, ++given) ++shares[order[i % order.size()]];
  return shares;
}

std::vector<std::vector<std::uint32_t>> SplitIntoPools(const AllocationInput& input, const AllocationRules& rules,
                                                       std::vector<Pool>& pools) {
  std::unordered_map<std::string, ZoneKind> zone_kind;
  for (const Zone& zone : input.zones) zone_kind.emplace(zone.id, zone.kind);
  auto distributes = [&](const Offer& offer) {
    if (rules.income_model != IncomeModel::kLaw880 || offer.zone.empty()) return false;
    const auto it = zone_kind.find(offer.zone);
    return it != zone_kind.end() && it->second == ZoneKind::kDistribution;
  };
  // The income mix of each distribution zone's 1st-wish applicants.
  std::unordered_map<std::string, std::vector<std::int64_t>> zone_mix;
  if (rules.income_model == IncomeModel::kLaw880) {
    std::unordered_map<std::string, const Offer*> offers;
    for (const Offer& offer : input.offers) offers.emplace(offer.id, &offer);
    for (const Applicant& applicant : input.applicants) {
      if (applicant.wishes.empty()) continue;
      const auto it = offers.find(applicant.wishes[0].offer);
      if (it == offers.end() || !distributes(*it->second)) continue;
      auto& mix = zone_mix[it->second->zone];
      mix.resize(3, 0);
      ++mix[static_cast<std::size_t>(GroupSlot(applicant.income))];
    }
  }
  std::vector<std::vector<std::uint32_t>> offer_pools(input.offers.size());
  for (std::uint32_t o = 0; o < input.offers.size(); ++o) {
    const Offer& offer = input.offers[o];
    if (!distributes(offer)) {
      offer_pools[o].push_back(static_cast<std::uint32_t>(pools.size()));
      pools.push_back(Pool{o, IncomeGroup::kUnknown, offer.capacity});
      continue;
    }
    auto mix = zone_mix[offer.zone];
    mix.resize(3, 0);
    const std::vector<int> shares = LargestRemainder(offer.capacity, mix);
    for (const IncomeGroup group : {IncomeGroup::kLow, IncomeGroup::kMiddle, IncomeGroup::kHigh}) {
      offer_pools[o].push_back(static_cast<std::uint32_t>(pools.size()));
      pools.push_back(Pool{o, group, shares[static_cast<std::size_t>(GroupSlot(group))]});
    }
  }
  return offer_pools;
}

}  // namespace optagelse::allocation
