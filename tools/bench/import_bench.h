// Pupil report import at national scale: a register of N pupils over schools of ~500, one CSV
// report per school, imported through the server's importer into a fresh SQLite file.
#pragma once

#include <iosfwd>

namespace optagelse::bench {

int RunImportBench(int rows, std::ostream& out);

}  // namespace optagelse::bench
