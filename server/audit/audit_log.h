// The audit trail (issue "Who may see what", privacy notice: who has looked at my data): one row per
// person whose data was read or written - who (role and organisation, or a citizen's CPR number),
// whose data, what, when and from where. The table is append-only (triggers refuse UPDATE and
// DELETE), and each row carries the SHA-256 of the previous row's hash and its own fields, so an
// edit made behind the application's back (another tool, the raw file) breaks the chain at that row.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse::audit {

struct AuditEntry {
  std::int64_t id = 0;  // assigned when appended
  std::string at;       // ISO 8601 UTC
  std::string actor_role;  // school, institution, counsellor, region, citizen, system
  std::string actor;       // INSTNR, municipality, region code, or the citizen's CPR number
  std::string subject_cpr;  // whose personal data
  std::string action;       // "read application", "decide forrang", ...
  std::string detail;       // which record (an application id, a file hash); never personal data itself
  std::string source;       // the client's address
};

// Appends the entries, chained after the last row: inside the caller's open transaction (so they
// commit with its write, or not at all), else in one of their own. The caller holds the database lock.
Result<void> Append(store::Database& db, std::vector<AuditEntry> entries);

// The entries about one person, newest first (at most `limit`).
Result<std::vector<AuditEntry>> EntriesAbout(store::Database& db, const std::string& subject_cpr, int limit);

struct ChainCheck {
  std::int64_t entries = 0;
  std::optional<std::int64_t> first_broken_id;  // the first row whose hash or link does not hold
};
// Recomputes the whole chain.
Result<ChainCheck> VerifyChain(store::Database& db);

}  // namespace optagelse::audit
