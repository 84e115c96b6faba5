// The retention job: see retention_job.h.
#include "retention/retention_job.h"

#include <algorithm>
#include <functional>
#include <map>

#include <sqlite3.h>

#include "audit/audit_log.h"
#include "calendar/instant.h"
#include "store/application_store.h"

namespace optagelse::retention_job {
namespace {

// One stored thing the rules decide about.
struct Item {
  std::int64_t id = 0;
  std::string key;      // attachments: the file's hash (their id is owner + hash)
  std::string subject;  // whose data; empty for an allocation run (it names many; each applicant is audited)
  int year = 0;
  retention::Decision decision;
};

// Round Y collects attachments from September of Y-1 (after Y-1's processing) to August of Y.
int RoundOfUpload(const Date& uploaded) { return uploaded.month >= 9 ? uploaded.year + 1 : uploaded.year; }

Date DateOf(const std::string& iso_timestamp) {
  return ParseIsoDate(iso_timestamp.substr(0, 10)).value_or(Date{1970, 1, 1});
}

Result<std::vector<Item>> Applications(store::Database& db, const retention::RetentionCalendar& calendar, const Date& today) {
  auto rows = db.Prepare("SELECT id, admission_year, applicant_cpr FROM applications ORDER BY id");
  if (!rows) return Fail(rows.error());
  std::vector<Item> items;
  auto read = store::ForEachRow(*rows, [&](const store::Statement& row) {
    Item item{row.ColumnInt(0), "", row.ColumnText(2), static_cast<int>(row.ColumnInt(1)), {}};
    item.decision = retention::DecideApplication(calendar, {item.id, item.year}, today);
    items.push_back(std::move(item));
  });
  if (!read) return Fail(read.error());
  return items;
}

Result<std::vector<Item>> AllocationRuns(store::Database& db, const retention::RetentionCalendar& calendar, const Date& today) {
  auto rows = db.Prepare("SELECT id, admission_year FROM allocation_runs ORDER BY id");
  if (!rows) return Fail(rows.error());
  std::vector<Item> items;
  auto read = store::ForEachRow(*rows, [&](const store::Statement& row) {
    Item item{row.ColumnInt(0), "", "", static_cast<int>(row.ColumnInt(1)), {}};
    item.decision = retention::DecideApplication(calendar, {item.id, item.year}, today);
    items.push_back(std::move(item));
  });
  if (!read) return Fail(read.error());
  return items;
}

// An upload no claim uses is kept at least one whole day (the person may still be writing the
// claim that names it) and deleted on the next day's run: uploads nobody uses do not pile up.
constexpr UnixSeconds kUnusedAttachmentKept = 24 * 60 * 60;

// Attachments that no forrang claim in any of their owner's applications names, uploaded a whole
// day or more before today began: due today.
Result<std::vector<Item>> UnusedAttachments(store::Database& db, const Date& today) {
  auto rows = db.Prepare(
      "SELECT a.owner_cpr, a.sha256 FROM attachments a WHERE a.uploaded_at <= ? AND NOT EXISTS ("
      " SELECT 1 FROM applications p, json_each(p.content, '$.forrang') claim"
      " WHERE p.applicant_cpr = a.owner_cpr AND json_extract(claim.value, '$.attachment') = a.sha256)"
      " ORDER BY a.owner_cpr, a.sha256");
  if (!rows) return Fail(rows.error());
  rows->Bind(1, FormatIsoInstant(InstantOf(today, 0, 0) - kUnusedAttachmentKept));
  std::vector<Item> items;
  auto read = store::ForEachRow(*rows, [&](const store::Statement& row) {
    retention::Decision due;
    due.known = true;
    due.due = true;
    due.delete_on = today;
    items.push_back(Item{0, row.ColumnText(1), row.ColumnText(0), 0, due});
  });
  if (!read) return Fail(read.error());
  return items;
}

// An attachment follows its owner's applications: due when every one of them is; an attachment
// without any application goes with the round it was uploaded in. `unused` are decided already.
Result<std::vector<Item>> Attachments(store::Database& db, const retention::RetentionCalendar& calendar, const Date& today,
                                      const std::vector<Item>& applications, const std::vector<Item>& unused) {
  std::map<std::string, std::vector<const retention::Decision*>> by_owner;
  for (const Item& application : applications) by_owner[application.subject].push_back(&application.decision);
  auto rows = db.Prepare("SELECT owner_cpr, sha256, uploaded_at FROM attachments ORDER BY owner_cpr, sha256");
  if (!rows) return Fail(rows.error());
  std::vector<Item> items;
  auto read = store::ForEachRow(*rows, [&](const store::Statement& row) {
    Item item{0, row.ColumnText(1), row.ColumnText(0), 0, {}};
    const bool decided = std::any_of(unused.begin(), unused.end(), [&](const Item& u) { return u.subject == item.subject && u.key == item.key; });
    if (decided) return;
    const auto owned = by_owner.find(item.subject);
    if (owned == by_owner.end()) {
      item.year = RoundOfUpload(DateOf(row.ColumnText(2)));
      item.decision = retention::DecideApplication(calendar, {0, item.year}, today);
    } else {
      const auto last = std::max_element(owned->second.begin(), owned->second.end(),
                                         [](const auto* a, const auto* b) { return a->delete_on < b->delete_on; });
      item.decision = **last;
      item.decision.known = std::all_of(owned->second.begin(), owned->second.end(), [](const auto* d) { return d->known; });
      item.decision.due = item.decision.known &&
                          std::all_of(owned->second.begin(), owned->second.end(), [](const auto* d) { return d->due; });
    }
    items.push_back(std::move(item));
  });
  if (!read) return Fail(read.error());
  return items;
}

Result<std::vector<Item>> PupilRecords(store::Database& db, const retention::RetentionCalendar& calendar, const Date& today) {
  auto rows = db.Prepare("SELECT id, cpr, grade, end_date, updated_at FROM pupils ORDER BY id");
  if (!rows) return Fail(rows.error());
  std::vector<Item> items;
  auto read = store::ForEachRow(*rows, [&](const store::Statement& row) {
    retention::PupilFacts facts;
    facts.id = row.ColumnInt(0);
    if (!row.ColumnIsNull(2)) facts.grade = static_cast<int>(row.ColumnInt(2));
    facts.end_date = ParseIsoDate(row.ColumnText(3));
    facts.last_reported = DateOf(row.ColumnText(4));
    items.push_back(Item{facts.id, "", row.ColumnText(1), 0, retention::DecidePupil(calendar, facts, today)});
  });
  if (!read) return Fail(read.error());
  return items;
}

// Sums items into report lines, one per year (pupil records and attachments: one line). A line's
// date is the earliest among its due items, else the next one to come.
void Summarise(const std::string& kind, const std::vector<Item>& items, bool per_year, std::vector<ReportLine>& lines) {
  std::map<int, ReportLine> by_year;
  std::map<int, const retention::Decision*> first_due;
  std::map<int, const retention::Decision*> first_kept;
  for (const Item& item : items) {
    const int year = per_year ? item.year : 0;
    ReportLine& line = by_year[year];
    line.kind = kind;
    line.admission_year = year;
    const retention::Decision& d = item.decision;
    if (!d.known) {
      ++line.without_rules;
      ++line.kept;
      continue;
    }
    auto& first = d.due ? first_due[year] : first_kept[year];
    if (first == nullptr || d.delete_on < first->delete_on) first = &d;
    d.due ? ++line.due : ++line.kept;
    if (d.due && d.overdue) ++line.overdue;
  }
  for (auto& [year, line] : by_year) {
    const retention::Decision* shown = first_due[year] != nullptr ? first_due[year] : first_kept[year];
    if (shown != nullptr) {
      line.delete_on = shown->delete_on;
      line.latest = shown->latest;
    }
    lines.push_back(std::move(line));
  }
}

Result<std::int64_t> RunDeletes(store::Database& db, const std::vector<std::string_view>& statements,
                                const std::function<void(store::Statement&)>& bind) {
  std::int64_t changed = 0;
  for (const std::string_view sql : statements) {
    auto statement = db.Prepare(sql);
    if (!statement) return Fail(statement.error());
    bind(*statement);
    if (auto done = statement->Run(); !done) return Fail(done.error());
    changed = sqlite3_changes(db.handle());
  }
  return changed;  // rows the last statement removed
}

audit::AuditEntry Entry(const Options& options, const std::string& subject, std::string detail) {
  return audit::AuditEntry{0, options.at, "system", options.actor, subject, "delete (retention)", std::move(detail), "retention job"};
}

// Deletes every due item with its dependent rows, and lists the audit rows that record it.
Result<void> Delete(store::Database& db, const Options& options, const std::vector<Item>& applications,
                    const std::vector<Item>& runs, const std::vector<Item>& attachments, const std::vector<Item>& pupils,
                    Report& report, std::vector<audit::AuditEntry>& entries) {
  for (const Item& item : applications) {
    if (!item.decision.due) continue;
    if (auto done = store::DeleteApplication(db, item.id); !done) return Fail(done.error());
    entries.push_back(Entry(options, item.subject, "application " + std::to_string(item.id) + " (" + std::to_string(item.year) + ")"));
  }
  for (const Item& item : runs) {
    if (!item.decision.due) continue;
    auto done = RunDeletes(db,
                           {"DELETE FROM allocation_outcomes WHERE run_id = ?", "DELETE FROM allocation_manual_placements WHERE run_id = ?",
                            "DELETE FROM allocation_publications WHERE run_id = ?", "DELETE FROM allocation_runs WHERE id = ?"},
                           [&](store::Statement& s) { s.Bind(1, item.id); });
    if (!done) return Fail(done.error());
    entries.push_back(Entry(options, "", "allocation run " + std::to_string(item.id) + " (" + std::to_string(item.year) + ")"));
  }
  for (const Item& item : attachments) {
    if (!item.decision.due) continue;
    auto done = RunDeletes(db, {"DELETE FROM attachments WHERE owner_cpr = ? AND sha256 = ?"},
                           [&](store::Statement& s) { s.Bind(1, item.subject).Bind(2, item.key); });
    if (!done) return Fail(done.error());
    entries.push_back(Entry(options, item.subject, "attachment " + item.key.substr(0, 12)));
  }
  for (const Item& item : pupils) {
    if (!item.decision.due) continue;
    auto assessments = RunDeletes(db, {"DELETE FROM upv_assessments WHERE pupil_id = ?"},
                                  [&](store::Statement& s) { s.Bind(1, item.id); });
    if (!assessments) return Fail(assessments.error());
    report.upv_assessments_deleted += *assessments;
    auto done = RunDeletes(db, {"DELETE FROM pupils WHERE id = ?"}, [&](store::Statement& s) { s.Bind(1, item.id); });
    if (!done) return Fail(done.error());
    entries.push_back(Entry(options, item.subject, "pupil record " + std::to_string(item.id) + " with " +
                                                       std::to_string(*assessments) + " UPV entries"));
  }
  return {};
}

}  // namespace

Result<Report> Run(store::Database& db, const retention::RetentionCalendar& calendar, const Options& options) {
  Report report;
  report.today = options.today;
  report.dry_run = options.dry_run;
  auto transaction = store::Transaction::Begin(db);  // a consistent view, and the write if there is one
  if (!transaction) return Fail(transaction.error());
  auto applications = Applications(db, calendar, options.today);
  if (!applications) return Fail(applications.error());
  auto runs = AllocationRuns(db, calendar, options.today);
  if (!runs) return Fail(runs.error());
  auto unused_attachments = UnusedAttachments(db, options.today);
  if (!unused_attachments) return Fail(unused_attachments.error());
  auto attachments = Attachments(db, calendar, options.today, *applications, *unused_attachments);
  if (!attachments) return Fail(attachments.error());
  auto pupils = PupilRecords(db, calendar, options.today);
  if (!pupils) return Fail(pupils.error());
  Summarise("applications", *applications, true, report.lines);
  Summarise("allocation_runs", *runs, true, report.lines);
  Summarise("attachments", *attachments, false, report.lines);
  Summarise("unused_attachments", *unused_attachments, false, report.lines);
  Summarise("pupil_records", *pupils, false, report.lines);
  attachments->insert(attachments->end(), unused_attachments->begin(), unused_attachments->end());  // deleted alike
  if (options.dry_run) return report;  // the transaction rolls back: nothing was written

  std::vector<audit::AuditEntry> entries;
  if (auto deleted = Delete(db, options, *applications, *runs, *attachments, *pupils, report, entries); !deleted) {
    return Fail(deleted.error());
  }
  report.audit_rows = static_cast<std::int64_t>(entries.size());
  if (!entries.empty()) {
    if (auto appended = audit::Append(db, std::move(entries)); !appended) return Fail(appended.error());
  }
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  // Deleted pages were zeroed (secure_delete); copy them into the main file and empty the WAL, so
  // no older copy of a deleted page stays behind in it.
  int log_frames = -1;
  int checkpointed = -1;
  report.wal_truncated = sqlite3_wal_checkpoint_v2(db.handle(), nullptr, SQLITE_CHECKPOINT_TRUNCATE, &log_frames,
                                                   &checkpointed) == SQLITE_OK;
  return report;
}

}  // namespace optagelse::retention_job
