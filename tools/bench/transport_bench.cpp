// Transport estimator benchmark: see transport_bench.h. A synthetic map: 98 town centres spread
// over Denmark's extent, homes and schools clustered around them (the way people and schools
// are), then every applicant's reachable schools within the limit, and, for comparison, the
// unpruned all-pairs estimate the grid avoids.
#include "bench/transport_bench.h"

#include <chrono>
#include <ostream>
#include <random>
#include <vector>

#include "transport/travel_estimate.h"

namespace optagelse::bench {
namespace {

double Seconds(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

int RunTransportBench(int applicants, int institutions, int max_minutes, std::ostream& out) {
  std::mt19937_64 random(2027);
  std::uniform_int_distribution<std::int32_t> east(450'000, 740'000), north(6'060'000, 6'400'000);
  std::vector<transport::MapPoint> towns(98);
  for (auto& town : towns) town = {east(random), north(random)};
  std::normal_distribution<double> spread(0.0, 6'000.0);
  auto near_town = [&] {
    const auto& town = towns[random() % towns.size()];
    return transport::MapPoint{town.east + static_cast<std::int32_t>(spread(random)), town.north + static_cast<std::int32_t>(spread(random))};
  };
  std::vector<transport::MapPoint> homes(static_cast<std::size_t>(applicants)), schools(static_cast<std::size_t>(institutions));
  for (auto& home : homes) home = near_town();
  for (auto& school : schools) school = near_town();

  const transport::TransportRules rules;
  const auto start = std::chrono::steady_clock::now();
  const transport::ReachableTable table = transport::EstimateWithin(rules, homes, schools, max_minutes);
  const double pruned = Seconds(start);

  const auto all_start = std::chrono::steady_clock::now();
  long long checksum = 0;
  for (const auto& home : homes) {
    for (const auto& school : schools) checksum += transport::EstimateTravel(rules, home, school).minutes;
  }
  const double all_pairs = Seconds(all_start);

  out << "transport estimate: " << applicants << " applicants x " << institutions << " institutions, within " << max_minutes
      << " min\n"
      << "  pruned (grid):  " << pruned * 1000 << " ms, " << table.entries.size() << " reachable pairs ("
      << static_cast<double>(table.entries.size()) / applicants << " per applicant)  budget < 1000 ms: "
      << (pruned < 1.0 ? "met" : "MISSED") << "\n"
      << "  all pairs:      " << all_pairs * 1000 << " ms (" << static_cast<long long>(applicants) * institutions
      << " estimates; checksum " << checksum << ")\n";
  return pruned < 1.0 ? 0 : 1;
}

}  // namespace optagelse::bench
