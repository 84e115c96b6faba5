// The core's CPR register and institution catalogue interfaces, answered from the database.
#pragma once

#include <map>

#include "pupils/pupil_report.h"
#include "registry/cpr_register.h"
#include "store/database.h"

namespace optagelse::store {

class SqliteCprRegister final : public registry::CprRegister {
 public:
  explicit SqliteCprRegister(Database& db);
  std::optional<registry::Person> Lookup(std::string_view normalized_cpr) const override;
  registry::RegisterStatus Classify(std::string_view normalized_cpr) const override;

 private:
  mutable std::optional<Statement> query_;
  mutable std::optional<Statement> status_query_;
};

class SqliteInstitutionCatalog final : public pupils::InstitutionCatalog {
 public:
  explicit SqliteInstitutionCatalog(Database& db) : db_(db) {}
  std::optional<registry::Institution> FindInstitution(std::string_view number) const override;

 private:
  std::optional<registry::Institution> Load(std::string_view number) const;
  Database& db_;
  mutable std::map<std::string, std::optional<registry::Institution>, std::less<>> cache_;  // one upload's lookups
};

}  // namespace optagelse::store
