// The audit trail as the person it is about sees it (GET /me/audit and the insight export): staff
// named by their organisation (a school's name; a municipality or region by its code), another
// citizen (a guardian) by name unless protected and never by CPR number, the person's own actions
// as "self", the retention job as "system".
#pragma once

#include <string>
#include <vector>

#include "audit/audit_log.h"
#include "store/database.h"
#include "wire/json.h"

namespace optagelse::audit {

// [{"at", "actor_role", "actor", "actor_name", "action", "detail"}] in the order given.
wire::Json EntriesAsSeenBy(store::Database& db, const std::vector<AuditEntry>& entries, const std::string& me);

}  // namespace optagelse::audit
