// Allocation input validation: see allocation_input.h.
#include "allocation/allocation_input.h"

#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace optagelse::allocation {
namespace {

std::string At(const char* list, std::size_t index) { return std::string(list) + "[" + std::to_string(index) + "]"; }

void ValidateApplicant(const Applicant& applicant, const std::string& path, const AllocationRules& rules,
                       const std::unordered_map<std::string, const Offer*>& offers,
                       const std::unordered_map<std::string, ZoneKind>& zones, std::vector<Problem>& problems) {
  if (applicant.id.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, path + ".id"));
  if (applicant.lottery && !(*applicant.lottery >= 0.0 && *applicant.lottery < 1.0)) {
    problems.push_back(MakeError(ErrorCode::kAllocationInvalidLottery, path + ".lottery"));
  }
  std::unordered_set<std::string> seen_offers;
  for (std::size_t w = 0; w < applicant.wishes.size(); ++w) {
    const Wish& wish = applicant.wishes[w];
    const std::string wish_path = path + ".wishes[" + std::to_string(w) + "]";
    const auto offer = offers.find(wish.offer);
    if (offer == offers.end()) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, wish_path + ".programme", wish.offer));
      continue;
    }
    if (!seen_offers.insert(wish.offer).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, wish_path + ".programme", wish.offer));
    }
    if (!wish.forrang.empty()) {
      if (!ForrangTier(rules, wish.forrang)) {
        problems.push_back(MakeError(ErrorCode::kAllocationUnknownForrang, wish_path + ".forrang", wish.forrang));
      } else if (static_cast<int>(w) >= rules.forrang_wishes) {
        problems.push_back(MakeError(ErrorCode::kAllocationForrangNotAllowed, wish_path + ".forrang", std::to_string(rules.forrang_wishes)));
      }
    }
    if (rules.income_model == IncomeModel::kLaw880 && applicant.income == IncomeGroup::kUnknown) {
      const auto zone = zones.find(offer->second->zone);
      if (zone != zones.end() && zone->second == ZoneKind::kDistribution) {
        problems.push_back(MakeError(ErrorCode::kAllocationIncomeGroupMissing, path + ".income_group"));
      }
    }
  }
  for (std::size_t t = 0; t < applicant.travel.size(); ++t) {
    if (applicant.travel[t].minutes < 0 || applicant.travel[t].minutes > 24 * 60) {
      problems.push_back(MakeError(ErrorCode::kAllocationInvalidMinutes,
                                   path + ".travel_minutes." + applicant.travel[t].institution,
                                   std::to_string(applicant.travel[t].minutes)));
    }
  }
}

}  // namespace

std::vector<Problem> ValidateAllocationInput(const AllocationInput& input, const AllocationRules& rules) {
  std::vector<Problem> problems;
  std::unordered_map<std::string, ZoneKind> zones;
  for (std::size_t i = 0; i < input.zones.size(); ++i) {
    if (!zones.emplace(input.zones[i].id, input.zones[i].kind).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, At("zones", i) + ".id", input.zones[i].id));
    }
  }
  std::unordered_map<std::string, const Offer*> offers;
  for (std::size_t i = 0; i < input.offers.size(); ++i) {
    const Offer& offer = input.offers[i];
    const std::string path = At("programmes", i);
    if (offer.id.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, path + ".id"));
    if (!offers.emplace(offer.id, &offer).second) problems.push_back(MakeError(ErrorCode::kDuplicateValue, path + ".id", offer.id));
    if (offer.capacity < 0 || offer.capacity > 100000) {
      problems.push_back(MakeError(ErrorCode::kAllocationInvalidCapacity, path + ".capacity", std::to_string(offer.capacity)));
    }
    if (!offer.zone.empty() && zones.find(offer.zone) == zones.end()) {
      problems.push_back(MakeError(ErrorCode::kUnknownReference, path + ".zone", offer.zone));
    }
  }
  std::unordered_set<std::string> applicant_ids;
  for (std::size_t i = 0; i < input.applicants.size(); ++i) {
    const std::string path = At("applicants", i);
    if (!applicant_ids.insert(input.applicants[i].id).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, path + ".id", input.applicants[i].id));
    }
    ValidateApplicant(input.applicants[i], path, rules, offers, zones, problems);
    if (problems.size() > 1000) break;  // enough to act on; a broken file would otherwise list millions
  }
  return problems;
}

}  // namespace optagelse::allocation
