// CPR check throughput: a mix of valid, fictitious and malformed numbers through cpr::CheckCpr.
#pragma once

#include <iosfwd>

namespace optagelse::bench {

int RunCprBench(int count, std::ostream& out);

}  // namespace optagelse::bench
