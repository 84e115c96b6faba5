// The pseudonymised statistics export (issue "Who may see what", "Statistics"): one record per
// application of an admission year that was submitted (withdrawn ones too), optionally only those
// whose 1st wish is in one region; pseudonyms instead of CPR numbers; no names, addresses or free
// text; small groups suppressed (shared/statistics/small_groups.h). As CSV or JSON. The CLI
// (`optagelse statistics`) and the region's route both use it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "statistics/small_groups.h"
#include "store/database.h"
#include "wire/json.h"

namespace optagelse::statistics {

struct StatisticsExport {
  int admission_year = 0;
  std::optional<int> region;
  std::vector<StatisticsRecord> records;
  Suppression suppression;
  std::vector<std::string> subjects;  // whose data went into it, for the audit trail (never written out)
};

Result<StatisticsExport> BuildStatistics(store::Database& db, std::string_view key, int admission_year, std::optional<int> region,
                                         int min_group);

std::string StatisticsCsv(const StatisticsExport& data);
wire::Json StatisticsJson(const StatisticsExport& data);

}  // namespace optagelse::statistics
