// The audit trail verifier: see audit_command.h.
#include "cli/audit_command.h"

#include <filesystem>
#include <iostream>

#include "audit/audit_log.h"
#include "core/messages.h"
#include "store/database.h"
#include "wire/json.h"

namespace optagelse::tools {

int RunAuditVerify(const std::string& database_path, std::ostream& out) {
  if (!std::filesystem::is_regular_file(database_path)) {  // Open would create an empty database
    std::cerr << "optagelse: no database at " << database_path << "\n";
    return 2;
  }
  auto db = store::Database::Open(database_path);
  if (!db) {
    std::cerr << "optagelse: " << MessageFor(db.error(), Language::kEnglish) << "\n";
    return 2;
  }
  auto check = audit::VerifyChain(*db);
  if (!check) {
    std::cerr << "optagelse: " << MessageFor(check.error(), Language::kEnglish) << "\n";
    return 2;
  }
  wire::Json report{{"entries", check->entries}, {"intact", !check->first_broken_id.has_value()}};
  if (check->first_broken_id) report["first_broken_id"] = *check->first_broken_id;
  out << wire::Dump(report) << '\n';
  return check->first_broken_id ? 1 : 0;
}

}  // namespace optagelse::tools
