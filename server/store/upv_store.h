// Readiness assessments as stored: every save appends a version (who, when, the input, the result
// as computed then, and what changed), so a pupil's UPV history is never rewritten. The newest
// version is the current assessment.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include "store/database.h"

namespace optagelse::store {

struct UpvVersion {
  std::int64_t id = 0;
  std::int64_t pupil_id = 0;
  int admission_year = 0;
  std::string input_json;
  std::string assessment_json;
  std::string changes_json;
  std::string entered_by;  // "school:101002"
  std::string entered_at;  // ISO 8601 UTC
};

Result<std::int64_t> AppendUpv(Database& db, const UpvVersion& version);
// Newest first.
Result<std::vector<UpvVersion>> UpvHistory(Database& db, std::int64_t pupil_id);
// The current version of each pupil of a school that has one, by pupil id.
Result<std::unordered_map<std::int64_t, UpvVersion>> LatestUpvForSchool(Database& db, const std::string& school);

}  // namespace optagelse::store
