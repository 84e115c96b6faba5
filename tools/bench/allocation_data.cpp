// The synthetic allocation data set: see allocation_data.h.
#include "bench/allocation_data.h"

#include <algorithm>
#include <cmath>
#include <random>

namespace optagelse::bench {

allocation::AllocationInput SyntheticAllocation(int applicants, int offers, std::uint64_t seed) {
  return SyntheticAllocation(SyntheticShape{applicants, std::max(1, offers / 3), 75, seed});
}

allocation::AllocationInput SyntheticAllocation(const SyntheticShape& shape) {
  const int applicants = shape.applicants;
  const std::uint64_t seed = shape.seed;
  std::mt19937_64 random(seed);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::normal_distribution<double> spread(0.0, 25.0);
  const double towns[5][2] = {{320, 120}, {200, 150}, {120, 60}, {130, 220}, {90, 280}};  // region centres (km)
  const char* programmes[] = {"stx", "hhx", "htx"};
  const int institutions = std::max(1, shape.institutions);
  allocation::AllocationInput input;
  input.rule_year = 2023;
  input.seed = seed;
  std::vector<std::pair<double, double>> place(static_cast<std::size_t>(institutions));
  const int seats = static_cast<int>(applicants * 1.05 / (institutions * 3)) + 1;
  for (int i = 0; i < institutions; ++i) {
    const auto& town = towns[i % 5];
    place[static_cast<std::size_t>(i)] = {town[0] + spread(random), town[1] + spread(random)};
    const std::string number = std::to_string(100000 + i * 7);
    for (const char* programme : programmes) {
      input.offers.push_back({number + "-" + programme, number, programme, std::max(1, seats + static_cast<int>(spread(random) / 2)), ""});
    }
  }
  input.applicants.reserve(static_cast<std::size_t>(applicants));
  allocation::InstitutionTable travel_institutions(input);
  std::vector<std::pair<int, int>> near;  // (minutes, institution) within 75 minutes: where wishes go
  std::vector<std::pair<int, int>> reach;  // (minutes, institution) in the travel table
  for (int a = 0; a < applicants; ++a) {
    const auto& town = towns[static_cast<std::size_t>(random() % 5)];
    const double x = town[0] + spread(random) * 1.3, y = town[1] + spread(random) * 1.3;
    allocation::Applicant applicant;
    applicant.id = "a" + std::to_string(a);
    near.clear();
    reach.clear();
    for (int i = 0; i < institutions; ++i) {
      const double km = std::hypot(place[static_cast<std::size_t>(i)].first - x, place[static_cast<std::size_t>(i)].second - y);
      const int minutes = 8 + static_cast<int>(km * 1.4);
      if (minutes <= 75) near.emplace_back(minutes, i);
      if (shape.travel_within == 0 || minutes <= shape.travel_within) reach.emplace_back(minutes, i);
    }
    std::sort(near.begin(), near.end());
    std::sort(reach.begin(), reach.end());
    for (const auto& [minutes, i] : reach) {
      applicant.travel.push_back({travel_institutions.Intern(input.offers[static_cast<std::size_t>(i) * 3].institution), minutes});
    }
    const int wishes = near.empty() ? 0 : 1 + static_cast<int>(random() % 8);
    const int favourite = static_cast<int>(random() % 3);
    for (int w = 0; w < wishes && w < static_cast<int>(near.size()) * 3; ++w) {
      // Mostly the favourite programme at nearby schools, sometimes another programme.
      const std::size_t pick = std::min(near.size() - 1, static_cast<std::size_t>(std::pow(unit(random), 2.0) * std::min<std::size_t>(near.size(), 12)));
      const int programme = random() % 4 == 0 ? static_cast<int>(random() % 3) : favourite;
      const std::string& offer = input.offers[static_cast<std::size_t>(near[pick].second) * 3 + static_cast<std::size_t>(programme)].id;
      if (std::any_of(applicant.wishes.begin(), applicant.wishes.end(), [&](const auto& wish) { return wish.offer == offer; })) continue;
      applicant.wishes.push_back({offer, w == 0 && random() % 50 == 0 ? "elite" : ""});
    }
    input.applicants.push_back(std::move(applicant));
  }
  return input;
}

}  // namespace optagelse::bench
