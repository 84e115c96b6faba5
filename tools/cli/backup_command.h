// `optagelse backup --db FILE --out BACKUP` and `optagelse restore --from BACKUP --db FILE`
// (issue "Hardening", backups): an online copy of a server database with SQLite's backup API, safe
// while the server runs and writes (the copy is one consistent moment), and its restore into a new
// file. Both check what they wrote - `PRAGMA integrity_check` and the audit trail's hash chain -
// and neither overwrites an existing file. JSON report on stdout; exit 0 done, 1 the copy does not
// check out (and is removed), 2 when a file or an option cannot be used.
#pragma once

#include <ostream>
#include <string>

namespace optagelse::tools {

int RunBackup(const std::string& database, const std::string& out_path, std::ostream& out);
int RunRestore(const std::string& backup, const std::string& database, std::ostream& out);

}  // namespace optagelse::tools
