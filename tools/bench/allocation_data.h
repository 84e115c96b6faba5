// A synthetic national allocation data set for benchmarks: institutions with three programmes each
// in five regions on a 400 x 300 km map, applicants around the regions' towns with 1-8 wishes among
// the offers near them, 2% with forrang on their 1st wish, travel minutes to every institution
// within reach (75 minutes by default; public transport-like: 8 minutes plus 1.4 minutes per km),
// and a total capacity of about 105% of the applicants.
#pragma once

#include <cstdint>

#include "allocation/allocation_input.h"

namespace optagelse::bench {

struct SyntheticShape {
  int applicants = 100'000;
  int institutions = 200;  // three programmes each
  int travel_within = 75;  // minutes; 0: every applicant's minutes to every institution
  std::uint64_t seed = 2024;
};

allocation::AllocationInput SyntheticAllocation(const SyntheticShape& shape);
// The same with `offers` / 3 institutions and travel within 75 minutes.
allocation::AllocationInput SyntheticAllocation(int applicants, int offers, std::uint64_t seed);

}  // namespace optagelse::bench
