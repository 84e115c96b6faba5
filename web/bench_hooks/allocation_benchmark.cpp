// In-page benchmark hooks for the allocation in WebAssembly: the national data set decided under
// 1 s (generated in memory, as optagelse-bench allocate), and a preview loaded from the file format
// and run - 20,000 applicants with travel minutes to all 160 institutions (as optagelse-bench
// allocate-file), read by the same one-pass reader as the preview - under 1 s. Each returns milliseconds
// (negative when the run was not stable).
#include <emscripten.h>

#include "allocation/allocation_engine.h"
#include "allocation/explanation.h"
#include "wire/allocation_wire.h"
#include "wire_simd/allocation_input_reader.h"
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

extern "C" EMSCRIPTEN_KEEPALIVE double optagelse_bench_allocation_file(int applicants, int institutions) {
  using namespace optagelse;
  static std::string text;  // the file as the page would have fetched it; written once, outside the timing
  text.clear();
  wire::WriteAllocationInput(bench::SyntheticAllocation(bench::SyntheticShape{applicants, institutions, 0, 2024}), text);
  std::string copy = text;  // as the preview's Load: the reader pads its own copy
  const double start = web::NowMilliseconds();
  auto input = wire::ReadAllocationInput(copy);
  if (!input) return -1;
  const allocation::AllocationRules rules;
  auto result = allocation::Allocate(*input, rules);
  if (!result) return -1;
  std::string out;
  wire::WriteAllocationResult(*result, false, wire::TextLanguages::kNone, out);
  const double elapsed = web::NowMilliseconds() - start;
  return result->stable() && !out.empty() ? elapsed : -elapsed;
}
