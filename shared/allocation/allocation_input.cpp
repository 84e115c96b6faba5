// Allocation input validation: see allocation_input.h.
#include "allocation/allocation_input.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace optagelse::allocation {
namespace {

std::string At(const char* list, std::size_t index) { return std::string(list) + "[" + std::to_string(index) + "]"; }

// Paths are built only when there is a problem to name: a national input has half a million wishes.
void ValidateApplicant(const Applicant& applicant, std::size_t index, const AllocationRules& rules,
                       const AllocationInput& input, const OfferIndex& offers,
                       const std::unordered_map<std::string, ZoneKind>& zones, std::vector<Problem>& problems) {
  const auto path_of = [index] { return At("applicants", index); };
  const auto wish_path_of = [&](std::size_t w) { return path_of() + ".wishes[" + std::to_string(w) + "]"; };
  if (applicant.id.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, path_of() + ".id"));
  if (applicant.lottery && !(*applicant.lottery >= 0.0 && *applicant.lottery < 1.0)) {
    problems.push_back(MakeError(ErrorCode::kAllocationInvalidLottery, path_of() + ".lottery"));
  }
  for (std::size_t w = 0; w < applicant.wishes.size(); ++w) {
    const Wish& wish = applicant.wishes[w];
    const auto offer = offers.find(wish.offer);
    if (offer == offers.end()) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, wish_path_of(w) + ".programme", wish.offer));
      continue;
    }
    // Wish lists are short: a linear look back is cheaper than a set per applicant.
    for (std::size_t earlier = 0; earlier < w; ++earlier) {
      if (applicant.wishes[earlier].offer == wish.offer) {
        problems.push_back(MakeError(ErrorCode::kDuplicateValue, wish_path_of(w) + ".programme", wish.offer));
        break;
      }
    }
    if (!wish.forrang.empty()) {
      if (!ForrangTier(rules, wish.forrang)) {
        problems.push_back(MakeError(ErrorCode::kAllocationUnknownForrang, wish_path_of(w) + ".forrang", wish.forrang));
      } else if (static_cast<int>(w) >= rules.forrang_wishes) {
        problems.push_back(MakeError(ErrorCode::kAllocationForrangNotAllowed, wish_path_of(w) + ".forrang", std::to_string(rules.forrang_wishes)));
      }
    }
    if (rules.income_model == IncomeModel::kLaw880 && applicant.income == IncomeGroup::kUnknown) {
      const auto zone = zones.find(input.offers[offer->second].zone);
      if (zone != zones.end() && zone->second == ZoneKind::kDistribution) {
        problems.push_back(MakeError(ErrorCode::kAllocationIncomeGroupMissing, path_of() + ".income_group"));
      }
    }
  }
  for (std::size_t t = 0; t < applicant.travel.size(); ++t) {
    const TravelTime& time = applicant.travel[t];
    if (time.institution >= input.institutions.size()) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, path_of() + ".travel_minutes", std::to_string(time.institution)));
    } else if (time.minutes < 0 || time.minutes > 24 * 60) {
      problems.push_back(MakeError(ErrorCode::kAllocationInvalidMinutes,
                                   path_of() + ".travel_minutes." + input.institutions[time.institution],
                                   std::to_string(time.minutes)));
    }
  }
}

}  // namespace

InstitutionTable::InstitutionTable(AllocationInput& input) : names_(input.institutions) {
  for (std::uint32_t i = 0; i < names_.size(); ++i) {
    if (index_.Find(names_[i]) == InstitutionIndex::kNone) index_.Add(names_[i], i);
  }
}

std::uint32_t InstitutionTable::Intern(std::string_view number) {
  const std::uint32_t found = index_.Find(number);
  if (found != InstitutionIndex::kNone) return found;
  const auto index = static_cast<std::uint32_t>(names_.size());
  names_.emplace_back(number);
  index_.Add(number, index);
  return index;
}

void AddTravel(AllocationInput& input, Applicant& applicant, std::string_view institution, int minutes) {
  const auto found = std::find(input.institutions.begin(), input.institutions.end(), institution);
  const auto index = static_cast<std::uint32_t>(found - input.institutions.begin());
  if (found == input.institutions.end()) input.institutions.emplace_back(institution);
  applicant.travel.push_back({index, minutes});
}

OfferIndex IndexOffers(const AllocationInput& input) {
  OfferIndex index;
  index.reserve(input.offers.size());
  for (std::uint32_t o = 0; o < input.offers.size(); ++o) index.emplace(input.offers[o].id, o);  // the first of a repeated id
  return index;
}

std::vector<Problem> ValidateAllocationInput(const AllocationInput& input, const AllocationRules& rules) {
  return ValidateAllocationInput(input, rules, IndexOffers(input));
}

std::vector<Problem> ValidateAllocationInput(const AllocationInput& input, const AllocationRules& rules, const OfferIndex& offers) {
  if (!rules.central) return {MakeError(ErrorCode::kAllocationNoCentralModel, "rule_set", std::to_string(input.rule_year))};
  std::vector<Problem> problems;
  std::unordered_map<std::string, ZoneKind> zones;
  for (std::size_t i = 0; i < input.zones.size(); ++i) {
    if (!zones.emplace(input.zones[i].id, input.zones[i].kind).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, At("zones", i) + ".id", input.zones[i].id));
    }
  }
  for (std::size_t i = 0; i < input.offers.size(); ++i) {
    const Offer& offer = input.offers[i];
    const std::string path = At("programmes", i);
    if (offer.id.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, path + ".id"));
    if (offers.at(offer.id) != i) problems.push_back(MakeError(ErrorCode::kDuplicateValue, path + ".id", offer.id));
    if (offer.capacity < 0 || offer.capacity > 100000) {
      problems.push_back(MakeError(ErrorCode::kAllocationInvalidCapacity, path + ".capacity", std::to_string(offer.capacity)));
    }
    if (!offer.zone.empty() && zones.find(offer.zone) == zones.end()) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, path + ".zone", offer.zone));
    }
  }
  std::unordered_set<std::string_view> applicant_ids;
  applicant_ids.reserve(input.applicants.size());
  for (std::size_t i = 0; i < input.applicants.size(); ++i) {
    if (!applicant_ids.insert(input.applicants[i].id).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, At("applicants", i) + ".id", input.applicants[i].id));
    }
    ValidateApplicant(input.applicants[i], i, rules, input, offers, zones, problems);
    if (problems.size() > 1000) break;  // enough to act on; a broken file would otherwise list millions
  }
  return problems;
}

}  // namespace optagelse::allocation
