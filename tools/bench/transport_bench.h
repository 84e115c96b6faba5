// The transport-time estimator at national scale (issue budget: 100,000 applicants x 600
// institutions, pruned to what is reachable, in under a second natively).
#pragma once

#include <iosfwd>

namespace optagelse::bench {

int RunTransportBench(int applicants, int institutions, int max_minutes, std::ostream& out);

}  // namespace optagelse::bench
