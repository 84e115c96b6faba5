// A place on the map of Denmark: ETRS89 / UTM zone 32N (EPSG:25832) easting and northing in whole
// metres, the projection in which Danish address data (DAWA) publishes its coordinates. Flat metres
// make a distance one square root, which is what the estimator needs at national scale.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/problem.h"

namespace optagelse::transport {

struct MapPoint {
  std::int32_t east = 0;
  std::int32_t north = 0;

  friend bool operator==(const MapPoint&, const MapPoint&) = default;
};

// Straight-line distance in metres.
double DistanceMetres(const MapPoint& a, const MapPoint& b);

// A box around Denmark, Bornholm included (generous: it catches swapped or degree-valued input,
// not a border dispute). kLocationOutsideDenmark otherwise.
Result<void> CheckInDenmark(const MapPoint& point, const std::string& field);

}  // namespace optagelse::transport
