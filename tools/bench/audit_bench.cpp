// Audit trail benchmark: see audit_bench.h. Only Append and VerifyChain are timed.
#include "bench/audit_bench.h"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "audit/audit_log.h"
#include "store/migrations.h"

namespace optagelse::bench {

int RunAuditBench(int rows, std::ostream& out) {
  const std::string dir = std::filesystem::temp_directory_path() / ("optagelse-audit-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto db = store::Database::Open(dir + "/bench.db");
  if (!db || !store::Migrate(*db)) {
    out << "cannot create the database in " << dir << "\n";
    return 1;
  }
  std::vector<audit::AuditEntry> entries;
  entries.reserve(static_cast<std::size_t>(rows));
  for (int i = 0; i < rows; ++i) {
    char cpr[11];
    std::snprintf(cpr, sizeof cpr, "%010d", 1000000000 + i);
    entries.push_back({0, "2027-03-10T09:00:00Z", "region", "1084", cpr, "read allocation snapshot", "1084", "127.0.0.1"});
  }
  const auto start = std::chrono::steady_clock::now();
  if (!audit::Append(*db, std::move(entries))) {
    out << "append failed\n";
    return 1;
  }
  const auto appended = std::chrono::steady_clock::now();
  const auto check = audit::VerifyChain(*db);
  const auto verified = std::chrono::steady_clock::now();
  if (!check || check->first_broken_id || check->entries != rows) {
    out << "verification failed\n";
    return 1;
  }
  const auto ms = [](auto from, auto to) { return std::chrono::duration<double, std::milli>(to - from).count(); };
  out << "audit: " << rows << " rows appended in one transaction in " << ms(start, appended) << " ms, chain verified in "
      << ms(appended, verified) << " ms\n";
  std::filesystem::remove_all(dir);
  return 0;
}

}  // namespace optagelse::bench
