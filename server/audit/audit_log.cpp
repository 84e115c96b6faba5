// The hash-chained, append-only audit table: see audit_log.h. Each hash covers the previous hash and
// every field of the row (id included, so rows cannot be reordered), separated by a unit separator.
#include "audit/audit_log.h"

#include <sqlite3.h>

#include "crypto/digest.h"

namespace optagelse::audit {
namespace {

constexpr std::string_view kGenesis = "0000000000000000000000000000000000000000000000000000000000000000";

std::string RowHash(const std::string& previous_hash, const AuditEntry& entry) {
  std::string text = previous_hash;
  for (const std::string* field : {&entry.at, &entry.actor_role, &entry.actor, &entry.subject_cpr, &entry.action, &entry.detail,
                                   &entry.source}) {
    text += '\x1f';
    text += *field;
  }
  text += '\x1f' + std::to_string(entry.id);
  return crypto::Sha256Hex(text);
}

constexpr std::string_view kColumns = "id, at, actor_role, actor, subject_cpr, action, detail, source";

AuditEntry ReadEntry(const store::Statement& row) {
  return AuditEntry{row.ColumnInt(0),  row.ColumnText(1), row.ColumnText(2), row.ColumnText(3),
                    row.ColumnText(4), row.ColumnText(5), row.ColumnText(6), row.ColumnText(7)};
}

}  // namespace

Result<void> Append(store::Database& db, std::vector<AuditEntry> entries) {
  if (entries.empty()) return {};
  // Inside the caller's transaction the rows commit or vanish with its write; otherwise in their own.
  std::optional<store::Transaction> own;
  if (sqlite3_get_autocommit(db.handle()) != 0) {
    auto begun = store::Transaction::Begin(db);
    if (!begun) return Fail(begun.error());
    own.emplace(std::move(*begun));
  }
  auto last = db.Prepare("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1");
  if (!last) return Fail(last.error());
  auto row = last->Step();
  if (!row) return Fail(row.error());
  std::int64_t id = *row ? last->ColumnInt(0) : 0;
  std::string previous = *row ? last->ColumnText(1) : std::string(kGenesis);
  auto insert = db.Prepare(
      "INSERT INTO audit_log (id, at, actor_role, actor, subject_cpr, action, detail, source, previous_hash, hash) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  for (AuditEntry& entry : entries) {
    entry.id = ++id;
    const std::string hash = RowHash(previous, entry);
    insert->Reset();
    insert->Bind(1, entry.id).Bind(2, entry.at).Bind(3, entry.actor_role).Bind(4, entry.actor).Bind(5, entry.subject_cpr);
    insert->Bind(6, entry.action).Bind(7, entry.detail).Bind(8, entry.source).Bind(9, previous).Bind(10, hash);
    if (auto done = insert->Run(); !done) return Fail(done.error());
    previous = hash;
  }
  return own ? own->Commit() : Result<void>{};
}

Result<std::vector<AuditEntry>> EntriesAbout(store::Database& db, const std::string& subject_cpr, int limit) {
  auto query = db.Prepare("SELECT " + std::string(kColumns) + " FROM audit_log WHERE subject_cpr = ? ORDER BY id DESC LIMIT ?");
  if (!query) return Fail(query.error());
  query->Bind(1, subject_cpr).Bind(2, static_cast<std::int64_t>(limit));
  std::vector<AuditEntry> entries;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) return entries;
    entries.push_back(ReadEntry(*query));
  }
}

Result<ChainCheck> VerifyChain(store::Database& db) {
  auto query = db.Prepare("SELECT " + std::string(kColumns) + ", previous_hash, hash FROM audit_log ORDER BY id");
  if (!query) return Fail(query.error());
  ChainCheck check;
  std::string previous(kGenesis);
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) return check;
    const AuditEntry entry = ReadEntry(*query);
    ++check.entries;
    if (check.first_broken_id) continue;  // count the rest
    const std::string stored_hash = query->ColumnText(9);
    if (query->ColumnText(8) != previous || entry.id != check.entries || RowHash(previous, entry) != stored_hash) {
      check.first_broken_id = entry.id;
    }
    previous = stored_hash;
  }
}

}  // namespace optagelse::audit
