// Allocation storage: see allocation_store.h.
#include "store/allocation_store.h"

namespace optagelse::store {
namespace {

Result<std::vector<AllocationRun>> QueryRuns(Statement& query, bool with_texts) {
  std::vector<AllocationRun> runs;
  for (;;) {
    auto row = query.Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    AllocationRun run;
    run.id = query.ColumnInt(0);
    run.region = query.ColumnText(1);
    run.admission_year = static_cast<int>(query.ColumnInt(2));
    run.seed = static_cast<std::uint64_t>(query.ColumnInt(3));
    run.input_sha256 = query.ColumnText(4);
    run.result_sha256 = query.ColumnText(5);
    run.stable = query.ColumnInt(6) != 0;
    run.created_by = query.ColumnText(7);
    run.created_at = query.ColumnText(8);
    if (!query.ColumnIsNull(9)) run.published_at = query.ColumnText(9);
    if (with_texts) {
      run.input_json = query.ColumnText(10);
      run.result_json = query.ColumnText(11);
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

constexpr const char* kSelect =
    "SELECT r.id, r.region, r.admission_year, r.seed, r.input_sha256, r.result_sha256, r.stable, r.created_by, r.created_at,"
    " p.published_at";

}  // namespace

Result<std::int64_t> InsertAllocationRun(Database& db, const AllocationRun& run) {
  auto insert = db.Prepare(
      "INSERT INTO allocation_runs (region, admission_year, seed, input, input_sha256, result, result_sha256, stable,"
      " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, run.region).Bind(2, std::int64_t{run.admission_year}).Bind(3, static_cast<std::int64_t>(run.seed));
  insert->Bind(4, run.input_json).Bind(5, run.input_sha256).Bind(6, run.result_json).Bind(7, run.result_sha256);
  insert->Bind(8, std::int64_t{run.stable ? 1 : 0}).Bind(9, run.created_by).Bind(10, run.created_at);
  if (auto done = insert->Run(); !done) return Fail(done.error());
  return db.LastInsertRowId();
}

Result<std::optional<AllocationRun>> FindAllocationRun(Database& db, std::int64_t id, bool with_texts) {
  auto query = db.Prepare(std::string(kSelect) + (with_texts ? ", r.input, r.result" : "") +
                          " FROM allocation_runs r LEFT JOIN allocation_publications p ON p.run_id = r.id WHERE r.id = ?");
  if (!query) return Fail(query.error());
  query->Bind(1, id);
  auto runs = QueryRuns(*query, with_texts);
  if (!runs) return Fail(runs.error());
  if (runs->empty()) return std::optional<AllocationRun>();
  return std::optional<AllocationRun>(std::move(runs->front()));
}

Result<std::vector<AllocationRun>> ListAllocationRuns(Database& db, const std::string& region) {
  auto query = db.Prepare(std::string(kSelect) +
                          " FROM allocation_runs r LEFT JOIN allocation_publications p ON p.run_id = r.id WHERE r.region = ? ORDER BY r.id");
  if (!query) return Fail(query.error());
  query->Bind(1, region);
  return QueryRuns(*query, false);
}

Result<std::vector<std::int64_t>> PublishedRunIds(Database& db) {
  auto query = db.Prepare("SELECT run_id FROM allocation_publications ORDER BY run_id");
  if (!query) return Fail(query.error());
  std::vector<std::int64_t> ids;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    ids.push_back(query->ColumnInt(0));
  }
  return ids;
}

Result<void> InsertManualPlacement(Database& db, std::int64_t run_id, const ManualPlacement& placement) {
  auto insert = db.Prepare(
      "INSERT INTO allocation_manual_placements (run_id, applicant, programme, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, run_id).Bind(2, placement.applicant).Bind(3, placement.programme).Bind(4, placement.reason);
  insert->Bind(5, placement.placed_by).Bind(6, placement.placed_at);
  return insert->Run();
}

Result<std::vector<ManualPlacement>> ListManualPlacements(Database& db, std::int64_t run_id) {
  auto query = db.Prepare(
      "SELECT applicant, programme, reason, placed_by, placed_at FROM allocation_manual_placements WHERE run_id = ? ORDER BY id");
  if (!query) return Fail(query.error());
  query->Bind(1, run_id);
  std::vector<ManualPlacement> placements;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    placements.push_back({query->ColumnText(0), query->ColumnText(1), query->ColumnText(2), query->ColumnText(3), query->ColumnText(4)});
  }
  return placements;
}

Result<void> PublishRun(Database& db, std::int64_t run_id, const std::string& by, const std::string& at) {
  auto insert = db.Prepare("INSERT INTO allocation_publications (run_id, published_by, published_at) VALUES (?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, run_id).Bind(2, by).Bind(3, at);
  return insert->Run();
}

}  // namespace optagelse::store
