// The server's authoritative allocation at scale: a real server and SQLite file with N applicants
// who applied through the API before the deadline (guardians signing for minors), restarted after
// the deadline, and the region's POST /regions/1084/allocations timed end to end - the snapshot
// from the database, the run, the results stored and the audit rows (budget: 50,000 in < 2 s).
#pragma once

#include <ostream>
#include <string>

namespace optagelse::bench {

// keep_dir: where the database and demo data stay; when it already holds them, nobody applies again.
int RunServerAllocationBench(const std::string& server_binary, int applicants, int runs, const std::string& keep_dir,
                             std::ostream& out);

}  // namespace optagelse::bench
