// Map points: see map_point.h.
#include "transport/map_point.h"

#include <cmath>

namespace optagelse::transport {
namespace {

// UTM 32N metres: Skagen ~6,400,000 N, Gedser ~6,050,000 N, Esbjerg ~470,000 E, Bornholm ~880,000 E.
constexpr std::int32_t kMinEast = 420'000;
constexpr std::int32_t kMaxEast = 920'000;
constexpr std::int32_t kMinNorth = 6'030'000;
constexpr std::int32_t kMaxNorth = 6'420'000;

}  // namespace

double DistanceMetres(const MapPoint& a, const MapPoint& b) {
  const double east = static_cast<double>(a.east) - b.east;
  const double north = static_cast<double>(a.north) - b.north;
  return std::sqrt(east * east + north * north);
}

Result<void> CheckInDenmark(const MapPoint& point, const std::string& field) {
  if (point.east < kMinEast || point.east > kMaxEast || point.north < kMinNorth || point.north > kMaxNorth) {
    return Fail(MakeError(ErrorCode::kLocationOutsideDenmark, field,
                          std::to_string(point.east) + ", " + std::to_string(point.north)));
  }
  return {};
}

}  // namespace optagelse::transport
