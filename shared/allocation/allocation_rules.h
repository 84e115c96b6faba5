// The allocation's rules for one admission year (part of the year's rule set, assets/rules): the
// forrang tiers in order and on which wishes they count, from which rank wishes count equally, the
// nearest-seat time limit, and whether the law 880 income model applies in distribution zones.
// Law 880/2022 (gymnasieloven § 11 g ff.) as summarised in docs/domain.md "Allocation".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace optagelse::allocation {

enum class IncomeModel {
  kNone,     // 2023 on: every zone a distance zone, no parental income
  kLaw880,   // the original model: income shares in distribution zones
};

struct AllocationRules {
  std::vector<std::string> forrang_tiers = {"asf",     "s61",   "handicap", "boarding", "hf20", "profile",
                                            "combined", "elite", "trial",    "preib",    "rare"};
  // The tier of each ground above, in the same order: grounds the rules rank equally share one
  // (non-decreasing from 0). Empty: every ground its own tier, in order.
  std::vector<int> forrang_tier_of;
  int forrang_wishes = 1;       // forrang may be claimed on the first N wishes
  int equal_from_rank = 4;      // wishes ranked this or later count equally
  int nearest_seat_minutes = 45;
  IncomeModel income_model = IncomeModel::kNone;
  // The national central allocation exists from admission year 2023; before it the regions'
  // distribution committees placed applicants by rules not modelled here, and the engine refuses.
  bool central = true;
};

// The tier of a forrang code (0 goes first; grounds ranked equally share a tier), or nullopt for an
// unknown code.
std::optional<int> ForrangTier(const AllocationRules& rules, std::string_view code);
// The grounds of a tier for explanations: "asf", or "s61/handicap" when they rank equally; "" if none.
std::string ForrangTierName(const AllocationRules& rules, int tier);

}  // namespace optagelse::allocation
