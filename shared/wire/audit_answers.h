// Who has looked at my data, as I may see it (the right of insight):
//   GET /api/v1/me/audit   AuditTrailSeen (newest first, at most 500); also in the insight export.
// Written by the server, read by the app, through wire/field_codec.h.
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/field_codec.h"

namespace optagelse::wire {

struct AuditEntrySeen {
  std::string at;
  std::string actor_role;  // citizen, school, institution, counsellor, region, system
  std::string actor;       // "self" or "guardian" for a citizen (never another's CPR number); else the organisation
  std::optional<std::string> actor_name;  // a guardian's name unless protected, a school's name; else null
  std::string action;      // the audit trail's action, e.g. "read application"
  std::string detail;
};

constexpr auto WireFields(const AuditEntrySeen*) {
  return std::tuple{Member{"at", &AuditEntrySeen::at, "when (ISO 8601, UTC)"},
                    Member{"actor_role", &AuditEntrySeen::actor_role, "citizen, school, institution, counsellor, region or system"},
                    Member{"actor", &AuditEntrySeen::actor, "\"self\" or \"guardian\" for a citizen; otherwise the organisation's number"},
                    Member{"actor_name", &AuditEntrySeen::actor_name, "a guardian's name unless protected, a school's name"},
                    Member{"action", &AuditEntrySeen::action, "what was done (the audit trail's action)"},
                    Member{"detail", &AuditEntrySeen::detail, "e.g. the attachment or record concerned"}};
}

struct AuditTrailSeen {
  std::vector<AuditEntrySeen> entries;
};

constexpr auto WireFields(const AuditTrailSeen*) {
  return std::tuple{Member{"entries", &AuditTrailSeen::entries, "newest first"}};
}

}  // namespace optagelse::wire
