// Which school's report of a pupil counts (pupils/enrolment_conflict.h, docs/threat-model.md), read from
// the stored pupil register: a school's record held in a conflict with another school's earlier
// report counts for neither UPV nor admission, and both schools are shown the conflict.
#pragma once

#include <optional>
#include <vector>

#include "pupils/pupil_report.h"
#include "store/database.h"
#include "wire/json.h"

namespace optagelse::enrolment {

struct Conflict {
  pupils::PupilRecord other;  // the other school's record
  bool held = false;          // true: the record asked about is the later report and does not count
};

// The record's conflict with another school's report of the same person, if any.
Result<std::optional<Conflict>> ConflictOf(store::Database& db, const pupils::PupilRecord& record);

// The person's records that count: accepted, and not held in a conflict.
Result<std::vector<pupils::PupilRecord>> CountingEnrolmentsOf(store::Database& db, const std::string& cpr);

// The coded problem describing the conflict (the other school and its period), for answers and lists.
Problem ConflictProblem(const Conflict& conflict);

// {"school", "start_date", "end_date", "held", "problem"} for a school's pupil lists.
wire::Json ConflictJson(const Conflict& conflict);

}  // namespace optagelse::enrolment
