// Parameter checks for the transport estimator: see transport_rules.h.
#include "transport/transport_rules.h"

#include <string>

namespace optagelse::transport {
namespace {

void CheckRange(std::vector<Problem>& problems, double value, double low, double high, const char* name) {
  if (!(value >= low && value <= high)) {
    problems.push_back(MakeError(ErrorCode::kTransportRulesInvalid, std::string("transport.") + name,
                                 std::string(name) + " " + std::to_string(low) + "-" + std::to_string(high)));
  }
}

}  // namespace

std::vector<Problem> ValidateTransportRules(const TransportRules& rules) {
  std::vector<Problem> problems;
  CheckRange(problems, rules.bicycle_kmh, 1, 200, "bicycle_kmh");
  CheckRange(problems, rules.transit_kmh, 1, 200, "transit_kmh");
  CheckRange(problems, rules.bicycle_detour, 1, 3, "bicycle_detour");
  CheckRange(problems, rules.transit_detour, 1, 3, "transit_detour");
  CheckRange(problems, rules.transit_fixed_minutes, 0, 120, "transit_fixed_minutes");
  return problems;
}

}  // namespace optagelse::transport
