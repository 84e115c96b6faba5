// The allocation budget (100,000 applicants, 600 offers, the whole allocation with
// explanations and the stability check under 200 ms on one core, peak memory under 300 MB), with
// applicants per second, proposals, and how the time grows from 10,000 to 1,000,000 applicants.
#pragma once

#include <ostream>

namespace optagelse::bench {

int RunAllocationBench(int applicants, bool scaling, std::ostream& out);

}  // namespace optagelse::bench
