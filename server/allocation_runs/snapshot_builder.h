// The input of a region's central allocation, built from what the system holds (docs/domain.md
// "Allocation"): applications submitted by the deadline and routed to the central allocation, their
// wishes at the region's gymnasial offers, granted forrang, income group, and the travel time from
// each applicant's address to every institution they wished or can reach within the nearest-seat
// limit - imported journey-planner times over estimates. Capacities are the region's to set.
// A run stores the snapshot it ran on, so later imports or moves never change a past result.
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "allocation/allocation_input.h"
#include "service_context.h"

namespace optagelse::allocation_runs {

struct SnapshotRequest {
  int admission_year = 0;
  std::uint64_t seed = 0;
  int default_capacity = 0;                   // seats of an offer not named in `capacities`
  std::map<std::string, int> capacities;      // "101001-stx" -> seats
};

// Applicants are identified by CPR number (the placement routes rely on it). Wishes at offers
// outside the region are left out; an applicant with no wish in the region is not in its snapshot.
tl::expected<allocation::AllocationInput, std::vector<Problem>> BuildSnapshot(ServiceContext& context, int region_code,
                                                                               const SnapshotRequest& request);

}  // namespace optagelse::allocation_runs
