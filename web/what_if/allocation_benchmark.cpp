// An in-page benchmark hook for the allocation budget (issue 5: the national data set under 1 s in
// WebAssembly in the browser): generates the same synthetic data set as optagelse-bench allocate and
// returns the milliseconds of one whole allocation with explanations (negative when not stable).
#include <emscripten.h>

#include "allocation/allocation_engine.h"
#include "allocation/explanation.h"
#include "bench/allocation_data.h"
#include "platform/browser_storage.h"

extern "C" EMSCRIPTEN_KEEPALIVE double optagelse_bench_allocation(int applicants) {
  using namespace optagelse;
  const allocation::AllocationInput input = bench::SyntheticAllocation(applicants, 600, 2024);
  const allocation::AllocationRules rules;
  const double start = web::NowMilliseconds();
  auto result = allocation::Allocate(input, rules);
  std::size_t explained = 0;
  if (result) {
    for (std::size_t a = 0; a < result->placements.size(); ++a) explained += allocation::ExplainApplicant(*result, a).size();
  }
  const double elapsed = web::NowMilliseconds() - start;
  return result && result->stable() && explained > 0 ? elapsed : -elapsed;
}
