// Where an unplaced applicant may get a seat in the nearest-seat round (docs/domain.md "Allocation"
// steps 5-6): the offers of their 1st-wish programme within the rule set's time limit, nearest
// first (ties by institution number, then offer); when no provider is within the limit, the
// nearest provider counts as within it.
#pragma once

#include <vector>

#include "allocation/instance.h"

namespace optagelse::allocation {

struct Candidate {
  int minutes = 0;
  std::uint32_t institution = 0;
  std::uint32_t offer = 0;
  bool beyond_limit = false;  // the nearest provider, counted as within the limit
};

std::vector<Candidate> NearestCandidates(const Instance& instance, std::size_t applicant);

}  // namespace optagelse::allocation
