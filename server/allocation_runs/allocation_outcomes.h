// When a region publishes an allocation run, the applications it decided become "allocated"
// (docs/applications.md, the statuses: `allocated`), each with an event in its history
// naming the run. The snapshot's applicant id is the CPR number; the application is the one of
// that person and the run's admission year. Called inside the publication's transaction.
#pragma once

#include <string>

#include "allocation/allocation_input.h"
#include "store/allocation_store.h"
#include "store/database.h"

namespace optagelse::allocation_runs {

// How many applications the run marked (an application a earlier publication decided keeps that).
Result<int> RecordOutcomes(store::Database& db, const store::AllocationRun& run, const allocation::AllocationInput& input,
                           const std::string& at);

}  // namespace optagelse::allocation_runs
