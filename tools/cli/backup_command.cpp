// Online backup and restore: see backup_command.h.
#include "cli/backup_command.h"

#include <sqlite3.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "audit/audit_log.h"
#include "cli/server_database.h"
#include "core/messages.h"
#include "statistics/pseudonym_key.h"
#include "wire/json.h"

namespace optagelse::tools {
namespace {

constexpr int kPagesPerStep = 1024;  // the source is locked only while a step copies; writers get in between

// Copies every page of `from` into `to`; restarts by itself when a writer changes the source meanwhile.
Result<int> CopyPages(store::Database& from, store::Database& to) {
  sqlite3_backup* backup = sqlite3_backup_init(to.handle(), "main", from.handle(), "main");
  if (backup == nullptr) return Fail(store::DatabaseProblem(to.handle()));
  int rc = SQLITE_OK;
  do {
    rc = sqlite3_backup_step(backup, kPagesPerStep);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
  const int pages = sqlite3_backup_pagecount(backup);
  sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE) return Fail(store::DatabaseProblem(to.handle()));
  return pages;
}

// The copy's own verdict: SQLite's integrity check and the audit trail's chain.
Result<wire::Json> Check(store::Database& db) {
  auto integrity = db.Prepare("PRAGMA integrity_check");
  if (!integrity) return Fail(integrity.error());
  auto step = integrity->Step();
  if (!step) return Fail(step.error());
  const std::string verdict = *step ? integrity->ColumnText(0) : "no answer";
  auto chain = audit::VerifyChain(db);
  if (!chain) return Fail(chain.error());
  return wire::Json{{"integrity", verdict},
                    {"audit_entries", chain->entries},
                    {"audit_intact", !chain->first_broken_id.has_value()}};
}

// A database file with its write-ahead log and shared-memory index.
void RemoveDatabaseFiles(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// Copies `source` into the new file `target`, checks it, and reports; a copy that does not check
// out is removed.
int Copy(const std::string& source, const std::string& target, const char* what, std::ostream& out) {
  if (std::filesystem::exists(target)) return RefuseToRun(target + " exists: choose a new file (nothing is overwritten)");
  auto from = OpenServerDatabase(source);
  if (!from) return 2;
  auto to = store::Database::Open(target);
  if (!to) return RefuseToRun(MessageFor(to.error(), Language::kEnglish));
  const auto started = std::chrono::steady_clock::now();
  auto pages = CopyPages(*from, *to);
  if (!pages) {
    RemoveDatabaseFiles(target);
    return RefuseToRun(std::string(what) + " failed: " + MessageFor(pages.error(), Language::kEnglish));
  }
  auto check = Check(*to);
  if (!check) {
    RemoveDatabaseFiles(target);
    return RefuseToRun(std::string(what) + " cannot be checked: " + MessageFor(check.error(), Language::kEnglish));
  }
  const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
  (*check)[what] = target;
  (*check)["pages"] = *pages;
  (*check)["milliseconds"] = static_cast<std::int64_t>(elapsed);
  const bool good = (*check)["integrity"] == "ok" && (*check)["audit_intact"] == true;
  out << wire::Dump(*check) << '\n';
  if (!good) {
    { store::Database closing = std::move(*to); }  // closed before its file is removed
    RemoveDatabaseFiles(target);
    return 1;
  }
  return 0;
}

// The statistics pseudonym key lives beside the database, not in it: it goes along, owner-only, so
// a restored server gives everyone the same pseudonyms as before.
void CopyKeyAlong(const std::string& from_database, const std::string& to_database) {
  const std::string key = statistics::DefaultKeyPath(from_database);
  if (!std::filesystem::exists(key)) return;
  std::error_code error;
  std::filesystem::copy_file(key, statistics::DefaultKeyPath(to_database), error);
  std::filesystem::permissions(statistics::DefaultKeyPath(to_database), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write,
                               error);
}

}  // namespace

int RunBackup(const std::string& database, const std::string& out_path, std::ostream& out) {
  const int code = Copy(database, out_path, "backup", out);
  if (code == 0) CopyKeyAlong(database, out_path);
  return code;
}

int RunRestore(const std::string& backup, const std::string& database, std::ostream& out) {
  // The backup is checked before anything is written: a damaged backup restores nothing.
  {
    auto source = OpenServerDatabase(backup);
    if (!source) return 2;
    auto check = Check(*source);
    if (!check || (*check)["integrity"] != "ok" || (*check)["audit_intact"] != true) {
      out << (check ? wire::Dump(*check) : std::string("{}")) << '\n';
      return RefuseToRun(backup + " does not check out: nothing restored");
    }
  }
  const int code = Copy(backup, database, "restored", out);
  if (code == 0) CopyKeyAlong(backup, database);
  return code;
}

}  // namespace optagelse::tools
