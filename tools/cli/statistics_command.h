// `optagelse statistics --db FILE --year YEAR [--region CODE] [--format csv|json] [--min-group K]
// [--key FILE]`: the pseudonymised statistics export (server/statistics/) of a server database,
// for the ministry and Statistics Denmark, on stdout. The pseudonym key is the server's (beside the
// database unless --key says where). Each person exported gets an audit row. Exit 0, or 2 when the
// database, the key or an option cannot be used.
#pragma once

#include <optional>
#include <ostream>
#include <string>

namespace optagelse::tools {

struct StatisticsCommand {
  std::string database;
  std::string key_file;  // empty: <database>.statistics-key
  int year = 0;
  std::optional<int> region;
  std::string format = "csv";
  int min_group = 5;
};

int RunStatistics(const StatisticsCommand& command, std::ostream& out);

}  // namespace optagelse::tools
