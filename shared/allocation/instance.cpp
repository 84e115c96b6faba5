// Preparing the allocation instance: see instance.h. Income shares: income_quotas.h.
#include "allocation/instance.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "allocation/income_quotas.h"
#include "allocation/institution_index.h"
#include "allocation/lottery.h"

namespace optagelse::allocation {

int Instance::Minutes(std::size_t applicant, std::uint32_t institution) const {
  // A short list per applicant (the institutions within reach): a linear scan beats sorting it.
  for (std::uint32_t i = travel_begin[applicant]; i < travel_begin[applicant + 1]; ++i) {
    if (travel[i].first == institution) return travel[i].second;
  }
  return PriorityKey::kUnknownMinutes;
}


std::uint32_t Instance::PoolFor(std::size_t applicant, std::uint32_t offer) const {
  const std::vector<std::uint32_t>& pools_of_offer = offer_pools[offer];
  if (pools_of_offer.size() == 1) return pools_of_offer[0];
  const IncomeGroup group = input->applicants[applicant].income;
  return pools_of_offer[group == IncomeGroup::kLow ? 0 : group == IncomeGroup::kHigh ? 2 : 1];
}

Instance PrepareInstance(const AllocationInput& input, const AllocationRules& rules, const OfferIndex& offer_index) {
  Instance instance;
  instance.input = &input;
  instance.rules = &rules;
  InstitutionIndex institution_index;
  std::unordered_map<std::string, std::uint32_t> programme_index;
  for (std::uint32_t o = 0; o < input.offers.size(); ++o) {
    const Offer& offer = input.offers[o];
    std::uint32_t institution = institution_index.Find(offer.institution);
    if (institution == InstitutionIndex::kNone) {
      institution = static_cast<std::uint32_t>(instance.institutions.size());
      institution_index.Add(offer.institution, institution);
      instance.institutions.push_back(offer.institution);
    }
    instance.offer_institution.push_back(institution);
    const auto [programme, added] = programme_index.emplace(offer.programme, static_cast<std::uint32_t>(instance.programmes.size()));
    if (added) instance.programmes.push_back(offer.programme);
    instance.offer_programme.push_back(programme->second);
  }
  instance.offer_at_institution.assign(instance.programmes.size(), std::vector<std::int32_t>(instance.institutions.size(), -1));
  for (std::uint32_t o = 0; o < input.offers.size(); ++o) {
    std::int32_t& slot = instance.offer_at_institution[instance.offer_programme[o]][instance.offer_institution[o]];
    if (slot < 0) slot = static_cast<std::int32_t>(o);  // two offers of one programme at one school: the first counts
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

  std::size_t travel_total = 0, wish_total = 0;
  for (const Applicant& applicant : input.applicants) {
    travel_total += applicant.travel.size();
    wish_total += applicant.wishes.size();
  }
  instance.travel.reserve(travel_total);
  instance.wish_pool.reserve(wish_total);
  instance.wish_key.reserve(wish_total);
  instance.travel_begin.reserve(n + 1);
  instance.wish_begin.reserve(n + 1);
  // The input's institution numbers to the instance's (kNone: no offer there), once per number.
  std::vector<std::uint32_t> institution_of(input.institutions.size());
  for (std::size_t i = 0; i < input.institutions.size(); ++i) institution_of[i] = institution_index.Find(input.institutions[i]);
  for (std::size_t a = 0; a < n; ++a) {
    const Applicant& applicant = input.applicants[a];
    instance.travel_begin.push_back(static_cast<std::uint32_t>(instance.travel.size()));
    for (const TravelTime& time : applicant.travel) {
      const std::uint32_t institution = institution_of[time.institution];
      if (institution != InstitutionIndex::kNone) instance.travel.emplace_back(institution, time.minutes);
    }
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
