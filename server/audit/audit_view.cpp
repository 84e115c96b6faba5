// The audit trail as its subject sees it: see audit_view.h.
#include "audit/audit_view.h"

#include "store/register_lookup.h"

namespace optagelse::audit {
namespace {

// The name of who acted: a citizen other than me by name (unless protected), a school by its name;
// null otherwise (me, a municipality, a region: the actor field says which).
wire::Json ActorName(store::Database& db, const AuditEntry& entry, const std::string& me) {
  if (entry.actor_role == "citizen") {
    if (entry.actor == me) return nullptr;
    const auto person = store::SqliteCprRegister(db).Lookup(entry.actor);
    return person && !person->name_protected ? wire::Json(person->name) : wire::Json(nullptr);
  }
  if (entry.actor_role == "school" || entry.actor_role == "institution") {
    const store::SqliteInstitutionCatalog catalog(db);  // owns what FindInstitution points into
    const registry::Institution* institution = catalog.FindInstitution(entry.actor);
    return institution ? wire::Json(institution->name) : wire::Json(nullptr);
  }
  return nullptr;
}

}  // namespace

wire::Json EntriesAsSeenBy(store::Database& db, const std::vector<AuditEntry>& entries, const std::string& me) {
  wire::Json list = wire::Json::array();
  for (const AuditEntry& entry : entries) {
    const bool self = entry.actor_role == "citizen" && entry.actor == me;
    list.push_back({{"at", entry.at},
                    {"actor_role", entry.actor_role},
                    // Another citizen's CPR number (a guardian's) is not shown; their name is, unless protected.
                    {"actor", entry.actor_role == "citizen" ? wire::Json(self ? "self" : "guardian") : wire::Json(entry.actor)},
                    {"actor_name", ActorName(db, entry, me)},
                    {"action", entry.action},
                    {"detail", entry.detail}});
  }
  return list;
}

}  // namespace optagelse::audit
