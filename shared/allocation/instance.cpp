// Preparing the allocation instance: see instance.h. Income shares: income_quotas.h.
#include "allocation/instance.h"

#include <algorithm>
#include <unordered_map>

#include "allocation/income_quotas.h"
#include "allocation/lottery.h"

namespace optagelse::allocation {

int Instance::Minutes(std::size_t applicant, std::uint32_t institution) const {
  const auto begin = travel.begin() + travel_begin[applicant];
  const auto end = travel.begin() + travel_begin[applicant + 1];
  const auto it = std::lower_bound(begin, end, institution, [](const auto& entry, std::uint32_t value) { return entry.first < value; });
  return it != end && it->first == institution ? it->second : PriorityKey::kUnknownMinutes;
}

std::uint32_t Instance::PoolFor(std::size_t applicant, std::uint32_t offer) const {
  const std::vector<std::uint32_t>& pools_of_offer = offer_pools[offer];
  if (pools_of_offer.size() == 1) return pools_of_offer[0];
  const IncomeGroup group = input->applicants[applicant].income;
  return pools_of_offer[group == IncomeGroup::kLow ? 0 : group == IncomeGroup::kHigh ? 2 : 1];
}

Instance PrepareInstance(const AllocationInput& input, const AllocationRules& rules) {
  Instance instance;
  instance.input = &input;
  instance.rules = &rules;
  std::unordered_map<std::string, std::uint32_t> institution_index;
  std::unordered_map<std::string, std::uint32_t> offer_index;
  for (std::uint32_t o = 0; o < input.offers.size(); ++o) {
    const Offer& offer = input.offers[o];
    offer_index.emplace(offer.id, o);
    const auto [it, added] = institution_index.emplace(offer.institution, static_cast<std::uint32_t>(instance.institutions.size()));
    if (added) instance.institutions.push_back(offer.institution);
    instance.offer_institution.push_back(it->second);
  }
  instance.offer_pools = SplitIntoPools(input, rules, instance.pools);

  const std::size_t n = input.applicants.size();
  std::vector<std::string_view> ids(n);
  instance.lottery.resize(n);
  for (std::size_t a = 0; a < n; ++a) {
    ids[a] = input.applicants[a].id;
    instance.lottery[a] = input.applicants[a].lottery.value_or(DrawLottery(input.seed, input.applicants[a].id));
  }
  instance.lottery_rank = LotteryRanks(instance.lottery, ids);
  instance.applicant_at_rank.resize(n);
  for (std::size_t a = 0; a < n; ++a) instance.applicant_at_rank[instance.lottery_rank[a]] = static_cast<std::uint32_t>(a);

  instance.travel_begin.reserve(n + 1);
  instance.wish_begin.reserve(n + 1);
  for (std::size_t a = 0; a < n; ++a) {
    const Applicant& applicant = input.applicants[a];
    instance.travel_begin.push_back(static_cast<std::uint32_t>(instance.travel.size()));
    for (const TravelTime& time : applicant.travel) {
      const auto it = institution_index.find(time.institution);
      if (it != institution_index.end()) instance.travel.emplace_back(it->second, time.minutes);
    }
    std::sort(instance.travel.begin() + instance.travel_begin.back(), instance.travel.end());
  }
  instance.travel_begin.push_back(static_cast<std::uint32_t>(instance.travel.size()));
  for (std::size_t a = 0; a < n; ++a) {
    const Applicant& applicant = input.applicants[a];
    instance.wish_begin.push_back(static_cast<std::uint32_t>(instance.wish_pool.size()));
    for (std::size_t w = 0; w < applicant.wishes.size(); ++w) {
      const std::uint32_t offer = offer_index.at(applicant.wishes[w].offer);
      PriorityKey key;
      const auto tier = applicant.wishes[w].forrang.empty() ? std::nullopt : ForrangTier(rules, applicant.wishes[w].forrang);
      key.tier = tier && static_cast<int>(w) < rules.forrang_wishes ? *tier : PriorityKey::kNoForrang;
      key.rank_bucket = std::min(static_cast<int>(w) + 1, rules.equal_from_rank);
      key.minutes = std::min(instance.Minutes(a, instance.offer_institution[offer]), static_cast<int>(PriorityKey::kUnknownMinutes));
      key.lottery_rank = instance.lottery_rank[a];
      instance.wish_pool.push_back(instance.PoolFor(a, offer));
      instance.wish_key.push_back(key.Packed());
    }
  }
  instance.wish_begin.push_back(static_cast<std::uint32_t>(instance.wish_pool.size()));
  return instance;
}

}  // namespace optagelse::allocation
