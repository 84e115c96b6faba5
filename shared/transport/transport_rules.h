// The estimator's parameters, one set per admission year (the rule set's "transport" section).
// Used only where no journey-planner time was imported (docs/domain.md "Transport time"). The defaults
// are our own documented assumptions (docs/transport.md), not figures from the law.
#pragma once

#include <vector>

#include "core/problem.h"

namespace optagelse::transport {

struct TransportRules {
  // Bicycle: straight-line distance x detour factor at a steady speed; no waiting.
  double bicycle_kmh = 16.0;
  double bicycle_detour = 1.3;
  // Public transport: distance x detour at an average speed with stops, plus a fixed time for
  // walking to and from the stops and waiting.
  double transit_kmh = 25.0;
  double transit_detour = 1.4;
  int transit_fixed_minutes = 12;

  friend bool operator==(const TransportRules&, const TransportRules&) = default;
};

// Speeds 1-200 km/h, detours 1-3, fixed minutes 0-120: each violation a kTransportRulesInvalid.
std::vector<Problem> ValidateTransportRules(const TransportRules& rules);

}  // namespace optagelse::transport
