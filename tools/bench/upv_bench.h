// UPV batch throughput through the real command: writes N synthetic pupils (grades 8-10, 9-12
// subjects, some exams, 1% invalid lines), runs `optagelse upv --rules YEAR --in FILE` as a process
// and times it end to end (budget: 200,000 pupils under 2 s).
#pragma once

#include <ostream>
#include <string>

namespace optagelse::bench {

int RunUpvBench(int pupils, const std::string& cli_path, std::ostream& out);

}  // namespace optagelse::bench
