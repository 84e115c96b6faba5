// `optagelse audit verify --db FILE`: recomputes the audit trail's hash chain in a server database
// (server/audit/audit_log.h) and says whether it is intact, and if not, the first row that breaks
// it. Exit 0 intact, 1 broken, 2 when the database cannot be read.
#pragma once

#include <ostream>
#include <string>

namespace optagelse::tools {

int RunAuditVerify(const std::string& database_path, std::ostream& out);

}  // namespace optagelse::tools
