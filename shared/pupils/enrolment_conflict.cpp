// Enrolment conflicts between schools: see enrolment_conflict.h.
#include "pupils/enrolment_conflict.h"

namespace optagelse::pupils {

bool PeriodsOverlap(const Pupil& a, const Pupil& b) {
  const bool a_starts_after_b_ends = a.start_date && b.end_date && *a.start_date > *b.end_date;
  const bool b_starts_after_a_ends = b.start_date && a.end_date && *b.start_date > *a.end_date;
  return !a_starts_after_b_ends && !b_starts_after_a_ends;
}

std::optional<EnrolmentConflict> FindEnrolmentConflict(const PupilRecord& record, const std::vector<PupilRecord>& enrolments) {
  if (record.status != RowOutcome::kAccepted) return std::nullopt;
  std::optional<EnrolmentConflict> found;
  for (const PupilRecord& other : enrolments) {
    if (other.id == record.id || other.status != RowOutcome::kAccepted) continue;
    if (other.pupil.cpr != record.pupil.cpr || other.pupil.institution == record.pupil.institution) continue;
    if (!PeriodsOverlap(record.pupil, other.pupil)) continue;
    const bool held = other.id < record.id;
    // A record held by any earlier report is held; otherwise it names the first later one.
    if (!found || (held && !found->held) || (held == found->held && other.id < found->other->id)) found = EnrolmentConflict{&other, held};
  }
  return found;
}

std::vector<PupilRecord> CountingEnrolments(const std::vector<PupilRecord>& enrolments) {
  std::vector<PupilRecord> counting;
  for (const PupilRecord& record : enrolments) {
    const auto conflict = FindEnrolmentConflict(record, enrolments);
    if (record.status == RowOutcome::kAccepted && !(conflict && conflict->held)) counting.push_back(record);
  }
  return counting;
}

}  // namespace optagelse::pupils
