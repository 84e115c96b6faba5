// Opening an existing server database from the command line (audit, retention, statistics): a
// missing file is said so (SQLite would otherwise create an empty database), a file that will not
// open is reported on stderr.
#pragma once

#include <optional>
#include <string>

#include "store/database.h"

namespace optagelse::tools {

std::optional<store::Database> OpenServerDatabase(const std::string& path);

// Prints "optagelse: <what>" on stderr and returns exit code 2 (the database or an option cannot be used).
int RefuseToRun(const std::string& what);

}  // namespace optagelse::tools
