// The transport-time estimator: see travel_estimate.h.
#include "transport/travel_estimate.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace optagelse::transport {
namespace {

double MetresPerMinute(double kmh) { return kmh * 1000.0 / 60.0; }

int WholeMinutes(double metres, double detour, double kmh) {
  return static_cast<int>(std::ceil(metres * detour / MetresPerMinute(kmh)));
}

std::uint64_t CellKey(std::int64_t x, std::int64_t y) {
  return (static_cast<std::uint64_t>(x) << 32) ^ static_cast<std::uint32_t>(y);
}

}  // namespace

TravelEstimate EstimateTravel(const TransportRules& rules, const MapPoint& from, const MapPoint& to) {
  const double metres = DistanceMetres(from, to);
  TravelEstimate estimate;
  estimate.bicycle_minutes = WholeMinutes(metres, rules.bicycle_detour, rules.bicycle_kmh);
  estimate.public_minutes = rules.transit_fixed_minutes + WholeMinutes(metres, rules.transit_detour, rules.transit_kmh);
  estimate.minutes = std::min(estimate.bicycle_minutes, estimate.public_minutes);
  return estimate;
}

double ReachMetres(const TransportRules& rules, int minutes) {
  const double bicycle = minutes * MetresPerMinute(rules.bicycle_kmh) / rules.bicycle_detour;
  const int transit_minutes = std::max(0, minutes - rules.transit_fixed_minutes);
  const double transit = transit_minutes * MetresPerMinute(rules.transit_kmh) / rules.transit_detour;
  return std::max(bicycle, transit);
}

ReachableTable EstimateWithin(const TransportRules& rules, const std::vector<MapPoint>& origins,
                              const std::vector<MapPoint>& destinations, int max_minutes) {
  // One metre of slack so rounding of the reach never loses a destination exactly at the limit.
  const double cell = std::max(1.0, ReachMetres(rules, max_minutes) + 1.0);
  auto cell_of = [cell](std::int32_t coordinate) { return static_cast<std::int64_t>(std::floor(coordinate / cell)); };
  std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> grid;
  for (std::uint32_t d = 0; d < destinations.size(); ++d) {
    grid[CellKey(cell_of(destinations[d].east), cell_of(destinations[d].north))].push_back(d);
  }
  ReachableTable table;
  table.begin.reserve(origins.size() + 1);
  table.begin.push_back(0);
  for (const MapPoint& origin : origins) {
    const std::size_t first = table.entries.size();
    const std::int64_t x = cell_of(origin.east);
    const std::int64_t y = cell_of(origin.north);
    for (std::int64_t dx = -1; dx <= 1; ++dx) {
      for (std::int64_t dy = -1; dy <= 1; ++dy) {
        const auto found = grid.find(CellKey(x + dx, y + dy));
        if (found == grid.end()) continue;
        for (const std::uint32_t d : found->second) {
          const int minutes = EstimateTravel(rules, origin, destinations[d]).minutes;
          if (minutes <= max_minutes) table.entries.push_back({d, minutes});
        }
      }
    }
    std::sort(table.entries.begin() + static_cast<std::ptrdiff_t>(first), table.entries.end(),
              [](const Reachable& a, const Reachable& b) {
                return a.minutes != b.minutes ? a.minutes < b.minutes : a.destination < b.destination;
              });
    table.begin.push_back(static_cast<std::uint32_t>(table.entries.size()));
  }
  return table;
}

}  // namespace optagelse::transport
