// The audit trail as its subject sees it: see audit_view.h.
#include "audit/audit_view.h"

#include "store/register_lookup.h"

namespace optagelse::audit {
namespace {

// The name of who acted: a citizen other than me by name (unless protected), a school by its name;
// null otherwise (me, a municipality, a region: the actor field says which).
std::optional<std::string> ActorName(store::Database& db, const AuditEntry& entry, const std::string& me) {
  if (entry.actor_role == "citizen") {
    if (entry.actor == me) return std::nullopt;
    const auto person = store::SqliteCprRegister(db).Lookup(entry.actor);
    if (person && !person->name_protected) return person->name;
    return std::nullopt;
  }
  if (entry.actor_role == "school" || entry.actor_role == "institution") {
    const store::SqliteInstitutionCatalog catalog(db);  // owns what FindInstitution points into
    if (const registry::Institution* institution = catalog.FindInstitution(entry.actor)) return institution->name;
  }
  return std::nullopt;
}

}  // namespace

std::vector<wire::AuditEntrySeen> EntriesAsSeenBy(store::Database& db, const std::vector<AuditEntry>& entries,
                                                  const std::string& me) {
  std::vector<wire::AuditEntrySeen> list;
  list.reserve(entries.size());
  for (const AuditEntry& entry : entries) {
    const bool self = entry.actor_role == "citizen" && entry.actor == me;
    // Another citizen's CPR number (a guardian's) is not shown; their name is, unless protected.
    list.push_back({entry.at, entry.actor_role, entry.actor_role == "citizen" ? (self ? "self" : "guardian") : entry.actor,
                    ActorName(db, entry, me), entry.action, entry.detail});
  }
  return list;
}

}  // namespace optagelse::audit
