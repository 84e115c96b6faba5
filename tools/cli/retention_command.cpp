// The retention command: see retention_command.h.
#include "cli/retention_command.h"

#include "cli/server_database.h"
#include "clock.h"
#include "core/messages.h"
#include "retention/retention_job.h"
#include "retention/retention_report.h"
#include "store/database.h"
#include "store/migrations.h"
#include "wire/rule_catalog.h"

namespace optagelse::tools {

int RunRetention(const RetentionCommand& command, std::ostream& out) {
  const std::optional<Date> today = command.today.empty() ? std::optional<Date>(clock::Today()) : ParseIsoDate(command.today);
  if (!today) return RefuseToRun("--today must be a date YYYY-MM-DD, not " + command.today);
  auto db = OpenServerDatabase(command.database);
  if (!db) return 2;
  auto version = db->QueryInt("SELECT coalesce(max(version), 0) FROM schema_migrations");
  if (!version || *version != store::LatestSchemaVersion()) {
    return RefuseToRun("the database is not at this build's schema (start the server once to migrate it)");
  }
  auto rules = wire::RuleCatalog::FromEmbedded();
  if (!rules) return RefuseToRun(MessageFor(rules.error(), Language::kEnglish));
  retention_job::Options options;
  options.today = *today;
  options.dry_run = command.dry_run;
  options.at = clock::NowIso();
  options.actor = "optagelse retention";
  auto report = retention_job::Run(*db, rules->Retention(), options);
  if (!report) return RefuseToRun(MessageFor(report.error(), Language::kEnglish));
  out << wire::Dump(retention_job::ReportJson(*report)) << '\n';
  return 0;
}

}  // namespace optagelse::tools
