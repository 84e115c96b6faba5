// The transport-time estimator for when no journey-planner table is given (docs/domain.md "Transport
// time"): bicycle and public transport from straight-line distance with the year's parameters,
// each rounded up to whole minutes; the transport time is the smaller. Both grow with distance,
// so the estimate never makes a farther school look nearer.
#pragma once

#include <cstdint>
#include <vector>

#include "transport/map_point.h"
#include "transport/transport_rules.h"

namespace optagelse::transport {

struct TravelEstimate {
  int minutes = 0;  // min(public_minutes, bicycle_minutes)
  int public_minutes = 0;
  int bicycle_minutes = 0;

  friend bool operator==(const TravelEstimate&, const TravelEstimate&) = default;
};

TravelEstimate EstimateTravel(const TransportRules& rules, const MapPoint& from, const MapPoint& to);

// The farthest straight-line distance either mode covers in `minutes` (0 if none can).
double ReachMetres(const TransportRules& rules, int minutes);

struct Reachable {
  std::uint32_t destination = 0;  // index into the destinations given
  int minutes = 0;
};

// For every origin, the destinations estimated at most `max_minutes` away, nearest first (ties by
// index): origin o's are entries[begin[o]] .. entries[begin[o + 1]]. Destinations are bucketed in
// a grid of reach-sized cells, so each origin looks at 9 cells rather than at every destination.
struct ReachableTable {
  std::vector<std::uint32_t> begin;
  std::vector<Reachable> entries;
};
ReachableTable EstimateWithin(const TransportRules& rules, const std::vector<MapPoint>& origins,
                              const std::vector<MapPoint>& destinations, int max_minutes);

}  // namespace optagelse::transport
