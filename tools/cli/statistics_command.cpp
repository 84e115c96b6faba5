// The statistics command: see statistics_command.h.
#include "cli/statistics_command.h"

#include "audit/audit_log.h"
#include "cli/server_database.h"
#include "clock.h"
#include "core/messages.h"
#include "statistics/pseudonym_key.h"
#include "statistics/statistics_export.h"
#include "store/database.h"

namespace optagelse::tools {

int RunStatistics(const StatisticsCommand& command, std::ostream& out) {
  auto db = OpenServerDatabase(command.database);
  if (!db) return 2;
  auto key = statistics::LoadOrCreateKey(command.key_file.empty() ? statistics::DefaultKeyPath(command.database) : command.key_file);
  if (!key) return RefuseToRun(key.error().detail);
  auto transaction = store::Transaction::Begin(*db);  // the export and its audit rows, together
  if (!transaction) return RefuseToRun(MessageFor(transaction.error(), Language::kEnglish));
  auto data = statistics::BuildStatistics(*db, *key, command.year, command.region, command.min_group);
  if (!data) return RefuseToRun(MessageFor(data.error(), Language::kEnglish));
  std::vector<audit::AuditEntry> entries;
  const std::string at = clock::NowIso();
  for (const std::string& subject : data->subjects) {
    entries.push_back({0, at, "system", "optagelse statistics", subject, "export pseudonymised statistics",
                       std::to_string(command.year), "command line"});
  }
  if (auto appended = audit::Append(*db, std::move(entries)); !appended) return RefuseToRun(MessageFor(appended.error(), Language::kEnglish));
  if (auto committed = transaction->Commit(); !committed) return RefuseToRun(MessageFor(committed.error(), Language::kEnglish));
  if (command.format == "json") {
    out << wire::Dump(statistics::StatisticsJson(*data)) << '\n';
  } else {
    out << statistics::StatisticsCsv(*data);
  }
  return 0;
}

}  // namespace optagelse::tools
