// `optagelse retention --db FILE [--dry-run] [--today YYYY-MM-DD]`: runs the retention job
// (server/retention/retention_job.h) on a server database now, as the server does daily, and
// prints its report as JSON. With --dry-run nothing changes. Exit 0 done, 2 when the database or
// the date cannot be used.
#pragma once

#include <optional>
#include <ostream>
#include <string>

namespace optagelse::tools {

struct RetentionCommand {
  std::string database;
  bool dry_run = false;
  std::string today;  // empty: the system's date (UTC)
};

int RunRetention(const RetentionCommand& command, std::ostream& out);

}  // namespace optagelse::tools
