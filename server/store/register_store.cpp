// Register and catalogue storage: see register_store.h.
#include "store/register_store.h"

namespace optagelse::store {
namespace {

void BindLocation(Statement& statement, int first, const std::optional<transport::MapPoint>& location) {
  if (location) {
    statement.Bind(first, std::int64_t{location->east}).Bind(first + 1, std::int64_t{location->north});
  } else {
    statement.BindNull(first);
    statement.BindNull(first + 1);
  }
}

Result<void> InsertPersons(Database& db, const std::vector<registry::Person>& persons) {
  // A person already there is a register update: a move changes address id and location, and every
  // travel time follows from those (imported ones are keyed by address id, estimates by location).
  auto insert = db.Prepare(
      "INSERT INTO persons (cpr, name, address, municipality_code, name_protected, address_protected,"
      " administrative, income_group, address_id, east, north) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (cpr) DO UPDATE SET name = excluded.name, address = excluded.address,"
      " municipality_code = excluded.municipality_code, name_protected = excluded.name_protected,"
      " address_protected = excluded.address_protected, administrative = excluded.administrative,"
      " income_group = excluded.income_group, address_id = excluded.address_id, east = excluded.east,"
      " north = excluded.north");
  if (!insert) return Fail(insert.error());
  for (const registry::Person& p : persons) {
    insert->Reset();
    insert->Bind(1, p.cpr).Bind(2, p.name).Bind(3, p.address).Bind(4, std::int64_t{p.municipality_code});
    insert->Bind(5, std::int64_t{p.name_protected}).Bind(6, std::int64_t{p.address_protected});
    insert->Bind(7, std::int64_t{p.administrative});
    if (p.income_group.empty()) insert->BindNull(8); else insert->Bind(8, p.income_group);
    insert->Bind(9, p.address_id);
    BindLocation(*insert, 10, p.location);
    if (auto done = insert->Run(); !done) return Fail(done.error());
  }
  auto guardian = db.Prepare("INSERT OR IGNORE INTO guardianships (child_cpr, guardian_cpr, custody) VALUES (?, ?, 1)");
  if (!guardian) return Fail(guardian.error());
  for (const registry::Person& p : persons) {
    for (const std::string& g : p.guardians) {
      guardian->Reset();
      guardian->Bind(1, p.cpr).Bind(2, g);
      if (auto done = guardian->Run(); !done) return Fail(done.error());
    }
  }
  return {};
}

Result<void> InsertInstitutions(Database& db, const std::vector<registry::Institution>& institutions) {
  auto insert = db.Prepare(
      "INSERT INTO institutions (number, name, municipality_code, kind, east, north, region_code, email) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
      " ON CONFLICT (number) DO UPDATE SET name = excluded.name, municipality_code = excluded.municipality_code,"
      " kind = excluded.kind, east = excluded.east, north = excluded.north, region_code = excluded.region_code, email = excluded.email");
  auto programme = db.Prepare("INSERT OR IGNORE INTO institution_programmes (institution_number, programme) VALUES (?, ?)");
  if (!insert) return Fail(insert.error());
  if (!programme) return Fail(programme.error());
  for (const registry::Institution& i : institutions) {
    insert->Reset();
    insert->Bind(1, i.number).Bind(2, i.name).Bind(3, std::int64_t{i.municipality_code}).Bind(4, i.kind);
    BindLocation(*insert, 5, i.location);
    insert->Bind(7, std::int64_t{i.region_code}).Bind(8, i.email);
    if (auto done = insert->Run(); !done) return Fail(done.error());
    for (const std::string& name : i.programmes) {
      programme->Reset();
      programme->Bind(1, i.number).Bind(2, name);
      if (auto done = programme->Run(); !done) return Fail(done.error());
    }
  }
  return {};
}

}  // namespace

Result<void> LoadDataset(Database& db, const registry::Dataset& dataset) {
  auto transaction = Transaction::Begin(db);
  if (!transaction) return Fail(transaction.error());
  if (auto done = InsertPersons(db, dataset.persons); !done) return Fail(done.error());
  if (auto done = InsertInstitutions(db, dataset.institutions); !done) return Fail(done.error());
  return transaction->Commit();
}

Result<std::int64_t> CountPersons(Database& db) { return db.QueryInt("SELECT count(*) FROM persons"); }

Result<std::int64_t> CountInstitutions(Database& db) { return db.QueryInt("SELECT count(*) FROM institutions"); }

}  // namespace optagelse::store
