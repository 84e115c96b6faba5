// The pupil register (Elevdatabasen) as stored: each school's pupils with their latest verdict.
// A new report updates the pupils it names: found by CPR number, or - when a fictitious or wrong
// number has been replaced by the real one - by name, birth date and class among the pupils that
// were filtered or rejected, so the same pupil is never stored twice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "pupils/pupil_report.h"
#include "store/database.h"

namespace optagelse::store {

struct PupilFilter {
  std::vector<pupils::RowOutcome> statuses;  // empty: all
  std::string class_name;  // empty: all classes
};

// Stores every verdict of one report (call inside a transaction). Fills each result's record id.
Result<std::vector<std::int64_t>> SavePupilResults(Database& db, const std::string& school,
                                                   const std::vector<pupils::RowResult>& results);

Result<std::vector<pupils::PupilRecord>> ListPupils(Database& db, const std::string& school, const PupilFilter& filter);
Result<std::optional<pupils::PupilRecord>> FindPupil(Database& db, const std::string& school, std::int64_t id);
// Where a person is an accepted pupil (normally one school), for the person's own view.
Result<std::vector<pupils::PupilRecord>> FindAcceptedPupilsByCpr(Database& db, const std::string& cpr);
// Replaces a stored pupil's record (after a correction), keeping its id.
Result<void> UpdatePupil(Database& db, std::int64_t id, const pupils::RowResult& result);

}  // namespace optagelse::store
