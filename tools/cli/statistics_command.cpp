// The statistics command: see statistics_command.h.
#include "cli/statistics_command.h"

#include <filesystem>
#include <iostream>

#include "audit/audit_log.h"
#include "clock.h"
#include "core/messages.h"
#include "statistics/pseudonym_key.h"
#include "statistics/statistics_export.h"
#include "store/database.h"

namespace optagelse::tools {
namespace {

int Refuse(const std::string& what) {
  std::cerr << "optagelse: " << what << "\n";
  return 2;
}

}  // namespace

int RunStatistics(const StatisticsCommand& command, std::ostream& out) {
  if (!std::filesystem::is_regular_file(command.database)) return Refuse("no database at " + command.database);
  auto db = store::Database::Open(command.database);
  if (!db) return Refuse(MessageFor(db.error(), Language::kEnglish));
  auto key = statistics::LoadOrCreateKey(command.key_file.empty() ? statistics::DefaultKeyPath(command.database) : command.key_file);
  if (!key) return Refuse(key.error().detail);
  auto transaction = store::Transaction::Begin(*db);  // the export and its audit rows, together
  if (!transaction) return Refuse(MessageFor(transaction.error(), Language::kEnglish));
  auto data = statistics::BuildStatistics(*db, *key, command.year, command.region, command.min_group);
  if (!data) return Refuse(MessageFor(data.error(), Language::kEnglish));
  std::vector<audit::AuditEntry> entries;
  const std::string at = clock::NowIso();
  for (const std::string& subject : data->subjects) {
    entries.push_back({0, at, "system", "optagelse statistics", subject, "export pseudonymised statistics",
                       std::to_string(command.year), "command line"});
  }
  if (auto appended = audit::Append(*db, std::move(entries)); !appended) return Refuse(MessageFor(appended.error(), Language::kEnglish));
  if (auto committed = transaction->Commit(); !committed) return Refuse(MessageFor(committed.error(), Language::kEnglish));
  if (command.format == "json") {
    out << wire::Dump(statistics::StatisticsJson(*data)) << '\n';
  } else {
    out << statistics::StatisticsCsv(*data);
  }
  return 0;
}

}  // namespace optagelse::tools
