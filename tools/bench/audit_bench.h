// The audit trail at the scale of its largest single read: appending one row per applicant of a
// national allocation snapshot (100,000) in one transaction into a real SQLite file, then verifying
// the whole hash chain (what `optagelse audit verify` does).
#pragma once

#include <iosfwd>

namespace optagelse::bench {

int RunAuditBench(int rows, std::ostream& out);

}  // namespace optagelse::bench
