// Database-backed register and catalogue: see register_lookup.h.
#include "store/register_lookup.h"

#include <algorithm>

namespace optagelse::store {
namespace {

Result<std::vector<std::string>> Column(Database& db, std::string_view sql, std::string_view key) {
  auto statement = db.Prepare(sql);
  if (!statement) return Fail(statement.error());
  statement->Bind(1, key);
  std::vector<std::string> out;
  auto done = ForEachRow(*statement, [&out](const Statement& row) { out.push_back(row.ColumnText(0)); });
  if (!done) return Fail(done.error());
  return out;
}

}  // namespace

Result<std::vector<std::string>> GuardiansWithCustody(Database& db, std::string_view child_cpr) {
  return Column(db, "SELECT guardian_cpr FROM guardianships WHERE child_cpr = ? AND custody = 1 ORDER BY guardian_cpr", child_cpr);
}

Result<std::vector<std::string>> ChildrenInCustody(Database& db, std::string_view guardian_cpr) {
  return Column(db, "SELECT child_cpr FROM guardianships WHERE guardian_cpr = ? AND custody = 1 ORDER BY child_cpr", guardian_cpr);
}

SqliteCprRegister::SqliteCprRegister(Database& db) : db_(db) {
  auto query = db.Prepare(
      "SELECT cpr, name, address, municipality_code, name_protected, address_protected, administrative,"
      " coalesce(income_group, ''), address_id, east, north FROM persons WHERE cpr = ?");
  if (query) query_.emplace(std::move(*query));
  auto status = db.Prepare("SELECT administrative FROM persons WHERE cpr = ?");
  if (status) status_query_.emplace(std::move(*status));
}

void SqliteCprRegister::Prefetch(const std::vector<std::string>& normalized_cprs) const {
  constexpr std::size_t kBatch = 500;
  for (std::size_t start = 0; start < normalized_cprs.size(); start += kBatch) {
    const std::size_t count = std::min(kBatch, normalized_cprs.size() - start);
    std::string sql = "SELECT cpr, administrative FROM persons WHERE cpr IN (?";
    for (std::size_t i = 1; i < count; ++i) sql += ",?";
    sql += ")";
    auto query = db_.Prepare(sql);
    if (!query) return;  // Classify falls back to one query per number
    for (std::size_t i = 0; i < count; ++i) query->Bind(static_cast<int>(i + 1), normalized_cprs[start + i]);
    for (std::size_t i = 0; i < count; ++i) prefetched_[normalized_cprs[start + i]] = registry::RegisterStatus::kNotInRegister;
    for (;;) {
      auto row = query->Step();
      if (!row || !*row) break;
      prefetched_[query->ColumnText(0)] =
          query->ColumnInt(1) ? registry::RegisterStatus::kAdministrative : registry::RegisterStatus::kRegistered;
    }
  }
}

registry::RegisterStatus SqliteCprRegister::Classify(std::string_view normalized_cpr) const {
  if (const auto it = prefetched_.find(std::string(normalized_cpr)); it != prefetched_.end()) return it->second;
  if (!status_query_) return registry::RegisterStatus::kNotInRegister;
  status_query_->Reset();
  status_query_->Bind(1, normalized_cpr);
  auto row = status_query_->Step();
  if (!row || !*row) return registry::RegisterStatus::kNotInRegister;
  return status_query_->ColumnInt(0) ? registry::RegisterStatus::kAdministrative : registry::RegisterStatus::kRegistered;
}

std::optional<registry::Person> SqliteCprRegister::Lookup(std::string_view normalized_cpr) const {
  if (!query_) return std::nullopt;
  query_->Reset();
  query_->Bind(1, normalized_cpr);
  auto row = query_->Step();
  if (!row || !*row) return std::nullopt;
  registry::Person person;
  person.cpr = query_->ColumnText(0);
  person.name = query_->ColumnText(1);
  person.address = query_->ColumnText(2);
  person.municipality_code = static_cast<int>(query_->ColumnInt(3));
  person.name_protected = query_->ColumnInt(4) != 0;
  person.address_protected = query_->ColumnInt(5) != 0;
  person.administrative = query_->ColumnInt(6) != 0;
  person.income_group = query_->ColumnText(7);
  person.address_id = query_->ColumnText(8);
  if (!query_->ColumnIsNull(9) && !query_->ColumnIsNull(10)) {
    person.location = transport::MapPoint{static_cast<std::int32_t>(query_->ColumnInt(9)), static_cast<std::int32_t>(query_->ColumnInt(10))};
  }
  if (auto guardians = GuardiansWithCustody(db_, normalized_cpr)) person.guardians = std::move(*guardians);
  return person;
}

const registry::Institution* SqliteInstitutionCatalog::FindInstitution(std::string_view number) const {
  auto cached = cache_.find(number);
  if (cached == cache_.end()) cached = cache_.emplace(std::string(number), Load(number)).first;
  return cached->second ? &*cached->second : nullptr;
}

std::optional<registry::Institution> SqliteInstitutionCatalog::Load(std::string_view number) const {
  auto query = db_.Prepare("SELECT number, name, municipality_code, kind, east, north, region_code FROM institutions WHERE number = ?");
  if (!query) return std::nullopt;
  query->Bind(1, number);
  auto row = query->Step();
  if (!row || !*row) return std::nullopt;
  registry::Institution institution{query->ColumnText(0), query->ColumnText(1), static_cast<int>(query->ColumnInt(2)),
                                    query->ColumnText(3), {}, std::nullopt, static_cast<int>(query->ColumnInt(6)), {}};
  if (!query->ColumnIsNull(4) && !query->ColumnIsNull(5)) {
    institution.location = transport::MapPoint{static_cast<std::int32_t>(query->ColumnInt(4)), static_cast<std::int32_t>(query->ColumnInt(5))};
  }
  auto programmes = db_.Prepare("SELECT programme FROM institution_programmes WHERE institution_number = ? ORDER BY 1");
  if (!programmes) return institution;
  programmes->Bind(1, number);
  while (true) {
    auto next = programmes->Step();
    if (!next || !*next) break;
    institution.programmes.push_back(programmes->ColumnText(0));
  }
  return institution;
}

}  // namespace optagelse::store
