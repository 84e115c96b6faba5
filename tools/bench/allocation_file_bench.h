// The allocation end to end as a user runs it: a synthetic instance written in the documented file
// format, then `optagelse allocate --in F --out G` as its own process, timed from start to exit
// with its peak resident memory (wait4's rusage). Shapes from the allocation-input issue: 20,000
// applicants, 160 institutions, travel minutes to every institution (about 36 MB); a national
// 100,000 applicants, 300 institutions, minutes within 90; and the growth up to 1,000,000.
#pragma once

#include <ostream>
#include <string>

namespace optagelse::bench {

struct AllocationFileOptions {
  std::string cli;              // the optagelse command
  std::string directory = "/tmp";  // where the files go
  int applicants = 20'000;
  int institutions = 160;
  int travel_within = 0;  // minutes; 0: every institution
  int runs = 3;
  bool scaling = false;   // also 100,000 .. 1,000,000 applicants (300 institutions, within 45 minutes)
  bool keep = false;      // leave the files for profiling
};

int RunAllocationFileBench(const AllocationFileOptions& options, std::ostream& out);

}  // namespace optagelse::bench
