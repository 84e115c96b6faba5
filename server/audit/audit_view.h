// The audit trail as the person it is about sees it (GET /me/audit and the insight export): staff
// named by their organisation (a school's name; a municipality or region by its code), another
// citizen (a guardian) by name unless protected and never by CPR number, the person's own actions
// as "self", the retention job as "system".
#pragma once

#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "store/database.h"
#include "wire/audit_answers.h"

namespace optagelse::audit {

// In the order given (wire/audit_answers.h: the one shape the app reads).
std::vector<wire::AuditEntrySeen> EntriesAsSeenBy(store::Database& db, const std::vector<AuditEntry>& entries, const std::string& me);

}  // namespace optagelse::audit
