// What a region may ask of its allocation (docs/allocation.md "Runs"): the admission year, the seed
// and the capacities - never the applicants or their wishes. Both the snapshot preview and a stored
// run read this; a body that brings its own applicants or programmes (a hand-made data set, which
// could invent a person and place them) is refused with its own code, so an authoritative run's
// input is always the server's snapshot of the submitted applications.
#pragma once

#include "allocation_runs/snapshot_builder.h"
#include "wire/json.h"

namespace optagelse::allocation_runs {

// `default_year`: the admission year when the body names none (the server's application year).
Result<SnapshotRequest> ReadSnapshotRequest(const wire::Json& body, int default_year);

}  // namespace optagelse::allocation_runs
