// The retention job (issue "Who may see what", privacy notice "Hvor længe behandles
// personoplysningerne?"): finds what the year's rules say is due (retention::Decide*), and deletes
// it in one transaction - applications with their wishes, history, signatures, guardians' notices,
// forrang decisions and outcomes; attachments no remaining application needs, and uploads no claim
// has named for a whole day (they must not pile up); the round's
// allocation runs; pupil records with their UPV history - writing one audit row per person and
// record. SQLite's secure_delete (on for every connection) overwrites the freed pages, and the WAL
// is checkpointed and truncated afterwards, so the bytes are gone from the file too. A dry run
// reports the same plan and changes nothing. The server runs it daily; `optagelse retention` on
// demand. The audit trail itself is kept (it is the record of what happened, deletions included).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "core/problem.h"
#include "retention/retention_plan.h"
#include "store/database.h"

namespace optagelse::retention_job {

// One line of the report: a kind of record, the year (0 for pupil records and attachments without
// application), how many are due today and how many are kept, and the dates.
struct ReportLine {
  std::string kind;  // "applications", "allocation_runs", "attachments", "unused_attachments", "pupil_records"
  int admission_year = 0;
  std::int64_t due = 0;
  std::int64_t kept = 0;
  std::int64_t overdue = 0;                // due and past the latest day (the next round has opened)
  std::int64_t without_rules = 0;          // kept because no rule set covers them
  std::optional<Date> delete_on;           // the earliest day of the due ones, else of the kept ones
  std::optional<Date> latest;
};

struct Report {
  Date today;
  bool dry_run = true;
  std::vector<ReportLine> lines;
  std::int64_t audit_rows = 0;   // written (0 in a dry run)
  std::int64_t upv_assessments_deleted = 0;
  bool wal_truncated = false;
};

struct Options {
  Date today;
  bool dry_run = true;
  std::string at;  // the ISO timestamp the audit rows carry
  std::string actor = "retention";  // who runs it: the daily job, or the CLI's operator
};

// Plans and (unless a dry run) deletes. The caller holds the database lock; nothing is half-done:
// the deletions and their audit rows commit together or not at all.
Result<Report> Run(store::Database& db, const retention::RetentionCalendar& calendar, const Options& options);

}  // namespace optagelse::retention_job
