// Forrang tiers: see allocation_rules.h.
#include "allocation/allocation_rules.h"

namespace optagelse::allocation {

namespace {

int TierOf(const AllocationRules& rules, std::size_t ground) {
  return ground < rules.forrang_tier_of.size() ? rules.forrang_tier_of[ground] : static_cast<int>(ground);
}

}  // namespace

std::optional<int> ForrangTier(const AllocationRules& rules, std::string_view code) {
  for (std::size_t i = 0; i < rules.forrang_tiers.size(); ++i) {
    if (rules.forrang_tiers[i] == code) return TierOf(rules, i);
  }
  return std::nullopt;
}

std::string ForrangTierName(const AllocationRules& rules, int tier) {
  std::string name;
  for (std::size_t i = 0; i < rules.forrang_tiers.size(); ++i) {
    if (TierOf(rules, i) == tier) name += (name.empty() ? "" : "/") + rules.forrang_tiers[i];
  }
  return name;
}

}  // namespace optagelse::allocation
