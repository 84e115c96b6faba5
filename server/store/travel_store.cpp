// Travel-time storage: see travel_store.h.
#include "store/travel_store.h"

namespace optagelse::store {

Result<std::int64_t> StoreTravelTimes(Database& db, const TravelImport& import, const std::vector<transport::ImportedTravelTime>& rows) {
  auto transaction = Transaction::Begin(db);
  if (!transaction) return Fail(transaction.error());
  auto record = db.Prepare("INSERT INTO travel_imports (sha256, rows, imported_by, at) VALUES (?, ?, ?, ?)");
  if (!record) return Fail(record.error());
  record->Bind(1, import.sha256).Bind(2, static_cast<std::int64_t>(rows.size())).Bind(3, import.imported_by).Bind(4, import.at);
  if (auto done = record->Run(); !done) return Fail(done.error());
  auto id = db.QueryInt("SELECT last_insert_rowid()");
  if (!id) return Fail(id.error());
  auto insert = db.Prepare(
      "INSERT OR REPLACE INTO travel_times (address_id, institution_number, public_minutes, bicycle_minutes, minutes,"
      " reference_date, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  for (const transport::ImportedTravelTime& row : rows) {
    insert->Reset();
    insert->Bind(1, row.key).Bind(2, row.institution);
    if (row.public_minutes) insert->Bind(3, std::int64_t{*row.public_minutes}); else insert->BindNull(3);
    if (row.bicycle_minutes) insert->Bind(4, std::int64_t{*row.bicycle_minutes}); else insert->BindNull(4);
    insert->Bind(5, std::int64_t{row.minutes}).Bind(6, FormatIsoDate(row.reference_date)).Bind(7, *id);
    if (auto done = insert->Run(); !done) return Fail(done.error());
  }
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  return *id;
}

Result<std::map<std::string, StoredTravelTime>> TravelTimesFromAddress(Database& db, std::string_view address_id) {
  std::map<std::string, StoredTravelTime> out;
  if (address_id.empty()) return out;
  auto query = db.Prepare(
      "SELECT institution_number, public_minutes, bicycle_minutes, minutes, reference_date FROM travel_times WHERE address_id = ?");
  if (!query) return Fail(query.error());
  query->Bind(1, address_id);
  for (auto row = query->Step(); row && *row; row = query->Step()) {
    StoredTravelTime time;
    if (!query->ColumnIsNull(1)) time.public_minutes = static_cast<int>(query->ColumnInt(1));
    if (!query->ColumnIsNull(2)) time.bicycle_minutes = static_cast<int>(query->ColumnInt(2));
    time.minutes = static_cast<int>(query->ColumnInt(3));
    time.reference_date = query->ColumnText(4);
    out.emplace(query->ColumnText(0), std::move(time));
  }
  return out;
}

Result<std::vector<registry::Institution>> AllInstitutions(Database& db) {
  auto query = db.Prepare(
      "SELECT i.number, i.name, i.municipality_code, i.kind, i.east, i.north, i.region_code, coalesce(p.programme, '')"
      " FROM institutions i LEFT JOIN institution_programmes p ON p.institution_number = i.number ORDER BY i.number, p.programme");
  if (!query) return Fail(query.error());
  std::vector<registry::Institution> out;
  for (auto row = query->Step(); row && *row; row = query->Step()) {
    if (out.empty() || out.back().number != query->ColumnText(0)) {
      registry::Institution institution;
      institution.number = query->ColumnText(0);
      institution.name = query->ColumnText(1);
      institution.municipality_code = static_cast<int>(query->ColumnInt(2));
      institution.kind = query->ColumnText(3);
      if (!query->ColumnIsNull(4) && !query->ColumnIsNull(5)) {
        institution.location = transport::MapPoint{static_cast<std::int32_t>(query->ColumnInt(4)), static_cast<std::int32_t>(query->ColumnInt(5))};
      }
      institution.region_code = static_cast<int>(query->ColumnInt(6));
      out.push_back(std::move(institution));
    }
    if (const std::string programme = query->ColumnText(7); !programme.empty()) out.back().programmes.push_back(programme);
  }
  return out;
}

Result<std::map<std::string, std::string>> AddressIdsOf(Database& db, const std::vector<std::string>& cprs) {
  std::map<std::string, std::string> out;
  auto query = db.Prepare("SELECT address_id FROM persons WHERE cpr = ?");
  if (!query) return Fail(query.error());
  for (const std::string& cpr : cprs) {
    if (out.contains(cpr)) continue;
    query->Reset();
    query->Bind(1, cpr);
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (*row) out.emplace(cpr, query->ColumnText(0));
  }
  return out;
}

Result<std::map<std::string, std::vector<Resident>>> ResidentsOf(Database& db, const std::vector<std::string>& address_ids) {
  std::map<std::string, std::vector<Resident>> out;
  auto query = db.Prepare(
      "SELECT p.cpr, coalesce((SELECT max(i.region_code) FROM institutions i WHERE i.municipality_code = p.municipality_code), 0) "
      "FROM persons p WHERE p.address_id = ?");
  if (!query) return Fail(query.error());
  for (const std::string& address : address_ids) {
    if (out.contains(address)) continue;
    std::vector<Resident>& residents = out[address];
    query->Reset();
    query->Bind(1, address);
    auto read = ForEachRow(*query, [&](const Statement& row) {
      residents.push_back({row.ColumnText(0), static_cast<int>(row.ColumnInt(1))});
    });
    if (!read) return Fail(read.error());
  }
  return out;
}

}  // namespace optagelse::store
