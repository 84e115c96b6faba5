// The allocation benchmark: see allocation_bench.h. One thread: the budget is per core. Memory is
// the process's peak resident size (getrusage), which includes the generated input.
#include "bench/allocation_bench.h"

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "allocation/allocation_engine.h"
#include "allocation/explanation.h"
#include "bench/allocation_data.h"

namespace optagelse::bench {
namespace {

struct Timing {
  double seconds = 0;
  std::uint64_t proposals = 0;
  std::size_t placed = 0;
  bool stable = false;
};

Timing TimeOnce(const allocation::AllocationInput& input) {
  const allocation::AllocationRules rules;
  const auto start = std::chrono::steady_clock::now();
  auto result = allocation::Allocate(input, rules);
  std::size_t explained = 0;
  if (result) {
    for (std::size_t a = 0; a < result->placements.size(); ++a) explained += allocation::ExplainApplicant(*result, a).size();
  }
  Timing timing;
  timing.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!result) return timing;
  timing.proposals = result->proposals;
  timing.stable = result->stable() && explained > 0;
  for (const auto& placement : result->placements) timing.placed += placement.offer ? 1 : 0;
  return timing;
}

long PeakMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

int RunAllocationBench(int applicants, bool scaling, std::ostream& out) {
  const allocation::AllocationInput input = SyntheticAllocation(applicants, 600, 2024);
  std::vector<Timing> runs;
  for (int run = 0; run < 5; ++run) runs.push_back(TimeOnce(input));
  std::sort(runs.begin(), runs.end(), [](const Timing& a, const Timing& b) { return a.seconds < b.seconds; });
  const Timing& median = runs[2];
  std::size_t wishes = 0;
  for (const auto& applicant : input.applicants) wishes += applicant.wishes.size();
  out << "allocation: " << applicants << " applicants, " << input.offers.size() << " offers, " << wishes << " wishes: "
      << median.seconds * 1000 << " ms median of 5 (fastest " << runs.front().seconds * 1000 << ", slowest "
      << runs.back().seconds * 1000 << "), " << static_cast<long long>(applicants / median.seconds) << " applicants/s, "
      << median.proposals << " proposals, " << median.placed << " placed, " << (median.stable ? "stable" : "NOT STABLE")
      << "; peak memory " << PeakMegabytes() << " MB (budget 200 ms, 300 MB)\n";
  if (scaling) {
    for (const int n : {10'000, 100'000, 1'000'000}) {
      const allocation::AllocationInput sized = SyntheticAllocation(n, 600, 2024);
      const Timing timing = TimeOnce(sized);
      out << "  scaling: " << n << " applicants in " << timing.seconds * 1000 << " ms (" << timing.seconds * 1e9 / n
          << " ns per applicant, " << timing.proposals << " proposals)\n";
    }
  }
  return median.stable ? 0 : 1;
}

}  // namespace optagelse::bench
