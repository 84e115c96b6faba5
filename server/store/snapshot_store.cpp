// The allocation snapshot's reads: see snapshot_store.h.
#include "store/snapshot_store.h"

namespace optagelse::store {

Result<std::vector<SnapshotApplication>> CentralApplicationsWithWishes(Database& db, int admission_year, std::int64_t deadline) {
  auto query = db.Prepare(
      "SELECT a.id, a.applicant_cpr, p.cpr IS NOT NULL, coalesce(p.income_group, ''), coalesce(p.address_id, ''), p.east, p.north,"
      " w.rank, w.institution, w.programme"
      " FROM applications a JOIN application_wishes w ON w.application_id = a.id LEFT JOIN persons p ON p.cpr = a.applicant_cpr"
      " WHERE a.admission_year = ? AND a.submitted = 1 AND a.withdrawn = 0 AND a.route = 'central_allocation'"
      " AND a.completed_at <= ? ORDER BY a.id, w.rank");
  if (!query) return Fail(query.error());
  query->Bind(1, std::int64_t{admission_year}).Bind(2, deadline);
  std::vector<SnapshotApplication> out;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    const std::int64_t id = query->ColumnInt(0);
    if (out.empty() || out.back().id != id) {
      SnapshotApplication application;
      application.id = id;
      application.applicant_cpr = query->ColumnText(1);
      application.in_register = query->ColumnInt(2) != 0;
      application.income_group = query->ColumnText(3);
      application.address_id = query->ColumnText(4);
      if (!query->ColumnIsNull(5) && !query->ColumnIsNull(6)) {
        application.location =
            transport::MapPoint{static_cast<std::int32_t>(query->ColumnInt(5)), static_cast<std::int32_t>(query->ColumnInt(6))};
      }
      out.push_back(std::move(application));
    }
    out.back().wishes.push_back({static_cast<int>(query->ColumnInt(7)), query->ColumnText(8), query->ColumnText(9)});
  }
}

Result<std::map<std::pair<std::int64_t, int>, std::string>> GrantedForrang(Database& db, int admission_year) {
  // The latest decision per application and wish counts (as CurrentForrangDecisions reads it).
  auto query = db.Prepare(
      "SELECT d.application_id, d.wish, d.ground FROM forrang_decisions d JOIN applications a ON a.id = d.application_id"
      " WHERE a.admission_year = ? AND d.decision = 'granted' AND d.id ="
      " (SELECT max(id) FROM forrang_decisions e WHERE e.application_id = d.application_id AND e.wish = d.wish)");
  if (!query) return Fail(query.error());
  query->Bind(1, std::int64_t{admission_year});
  std::map<std::pair<std::int64_t, int>, std::string> out;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out[{query->ColumnInt(0), static_cast<int>(query->ColumnInt(1))}] = query->ColumnText(2);
  }
}

Result<bool> HasImportedTravelTimes(Database& db) {
  auto any = db.QueryInt("SELECT EXISTS (SELECT 1 FROM travel_times)");
  if (!any) return Fail(any.error());
  return *any != 0;
}

}  // namespace optagelse::store
