// Marking the applications a published run decided: see allocation_outcomes.h.
#include "allocation_runs/allocation_outcomes.h"

#include "store/application_store.h"
#include "wire/json.h"

namespace optagelse::allocation_runs {

Result<int> RecordOutcomes(store::Database& db, const store::AllocationRun& run, const allocation::AllocationInput& input,
                           const std::string& at) {
  int marked = 0;
  for (const allocation::Applicant& applicant : input.applicants) {
    auto application = store::FindApplication(db, applicant.id, run.admission_year);
    if (!application) return Fail(application.error());
    if (!*application) continue;  // an applicant entered by hand in a what-if snapshot, say
    auto recorded = store::RecordAllocated(db, (*application)->id, run.id, at);
    if (!recorded) return Fail(recorded.error());
    if (!*recorded) continue;
    const std::string detail = wire::Dump(wire::Json{{"run", run.id}});
    if (auto done = store::AppendEvent(db, (*application)->id, {(*application)->version, "allocated", "region", run.region, at, detail}); !done) {
      return Fail(done.error());
    }
    ++marked;
  }
  return marked;
}

}  // namespace optagelse::allocation_runs
