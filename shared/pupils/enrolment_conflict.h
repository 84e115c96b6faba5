// Two schools reporting the same pupil for overlapping periods (README "Skole: elevindberetning").
// The pupil register knows one school per pupil at a time: the school that reported the
// pupil first keeps them, and a later report from another school whose period overlaps is held as a
// conflict - it counts for neither UPV nor admission - until the dates settle it: the first school
// ends the enrolment before the new start, or the new school's start follows that end. Both
// schools see the conflict and its reason. A period without a start or an end is open on that side.
#pragma once

#include <optional>
#include <vector>

#include "pupils/pupil_report.h"

namespace optagelse::pupils {

struct EnrolmentConflict {
  const PupilRecord* other = nullptr;  // the other school's record
  bool held = false;                   // true: this record is the later report and does not count
};

// Whether two enrolment periods share a day.
bool PeriodsOverlap(const Pupil& a, const Pupil& b);

// `record`'s conflict with the person's accepted records at other schools (`enrolments`, which
// may include `record` itself): the first report that overlaps, or nothing. A record counts as
// reported earlier when its id is lower (ids grow with every report).
std::optional<EnrolmentConflict> FindEnrolmentConflict(const PupilRecord& record, const std::vector<PupilRecord>& enrolments);

// The records that count: accepted and not held in a conflict.
std::vector<PupilRecord> CountingEnrolments(const std::vector<PupilRecord>& enrolments);

}  // namespace optagelse::pupils
