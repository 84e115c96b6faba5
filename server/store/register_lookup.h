// The core's CPR register and institution catalogue interfaces, answered from the database.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "pupils/pupil_report.h"
#include "registry/cpr_register.h"
#include "store/database.h"

namespace optagelse::store {

// The CPR register's custody relations: a child's guardians with custody, a guardian's children
// in custody (both in CPR order). Every route and export asks these.
Result<std::vector<std::string>> GuardiansWithCustody(Database& db, std::string_view child_cpr);
Result<std::vector<std::string>> ChildrenInCustody(Database& db, std::string_view guardian_cpr);

class SqliteCprRegister final : public registry::CprRegister {
 public:
  explicit SqliteCprRegister(Database& db);
  std::optional<registry::Person> Lookup(std::string_view normalized_cpr) const override;
  registry::RegisterStatus Classify(std::string_view normalized_cpr) const override;
  // A few queries for a whole report instead of one per row (CprRegister::Prefetch).
  void Prefetch(const std::vector<std::string>& normalized_cprs) const override;

 private:
  Database& db_;
  mutable std::unordered_map<std::string, registry::RegisterStatus> prefetched_;
  mutable std::optional<Statement> query_;
  mutable std::optional<Statement> status_query_;
};

class SqliteInstitutionCatalog final : public pupils::InstitutionCatalog {
 public:
  explicit SqliteInstitutionCatalog(Database& db) : db_(db) {}
  const registry::Institution* FindInstitution(std::string_view number) const override;

 private:
  std::optional<registry::Institution> Load(std::string_view number) const;
  Database& db_;
  mutable std::map<std::string, std::optional<registry::Institution>, std::less<>> cache_;  // one upload's lookups
};

}  // namespace optagelse::store
