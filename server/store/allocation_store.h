// Allocation runs as stored: the snapshot (input), seed, rule year and result of each run with
// their SHA-256, never changed (an UPDATE trigger refuses it); manual placements of the unplaced,
// recorded once each; and which runs are published.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"

namespace optagelse::store {

struct AllocationRun {
  std::int64_t id = 0;
  std::string region;
  int admission_year = 0;
  std::uint64_t seed = 0;
  std::string input_json;
  std::string input_sha256;
  std::string result_json;
  std::string result_sha256;
  bool stable = false;
  std::string created_by;
  std::string created_at;
  std::optional<std::string> published_at;
};

struct ManualPlacement {
  std::string applicant;
  std::string programme;
  std::string reason;
  std::string placed_by;
  std::string placed_at;
};

Result<std::int64_t> InsertAllocationRun(Database& db, const AllocationRun& run);
// Without the big input and result texts unless with_texts.
Result<std::optional<AllocationRun>> FindAllocationRun(Database& db, std::int64_t id, bool with_texts);
Result<std::vector<AllocationRun>> ListAllocationRuns(Database& db, const std::string& region);
Result<std::vector<std::int64_t>> PublishedRunIds(Database& db);
Result<void> InsertManualPlacement(Database& db, std::int64_t run_id, const ManualPlacement& placement);
Result<std::vector<ManualPlacement>> ListManualPlacements(Database& db, std::int64_t run_id);
Result<void> PublishRun(Database& db, std::int64_t run_id, const std::string& by, const std::string& at);

}  // namespace optagelse::store
