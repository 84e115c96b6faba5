// The audit trail verifier: see audit_command.h.
#include "cli/audit_command.h"

#include <iostream>

#include "audit/audit_log.h"
#include "cli/server_database.h"
#include "core/messages.h"
#include "store/database.h"
#include "wire/json.h"

namespace optagelse::tools {

int RunAuditVerify(const std::string& database_path, std::ostream& out) {
  auto db = OpenServerDatabase(database_path);
  if (!db) return 2;
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
