// Forrang tiers: see allocation_rules.h.
#include "allocation/allocation_rules.h"

namespace optagelse::allocation {

std::optional<int> ForrangTier(const AllocationRules& rules, std::string_view code) {
  for (std::size_t i = 0; i < rules.forrang_tiers.size(); ++i) {
    if (rules.forrang_tiers[i] == code) return static_cast<int>(i);
  }
  return std::nullopt;
}

}  // namespace optagelse::allocation
