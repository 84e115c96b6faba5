// Enrolment status from the stored register: see enrolment_status.h.
#include "enrolment/enrolment_status.h"

#include "pupils/enrolment_conflict.h"
#include "store/pupil_store.h"
#include "wire/problem_wire.h"

namespace optagelse::enrolment {
namespace {

std::string DateText(const std::optional<Date>& date) { return date ? FormatIsoDate(*date) : ""; }

}  // namespace

Result<std::optional<Conflict>> ConflictOf(store::Database& db, const pupils::PupilRecord& record) {
  if (record.status != pupils::RowOutcome::kAccepted || record.pupil.cpr.empty()) return std::optional<Conflict>{};
  auto enrolments = store::FindAcceptedPupilsByCpr(db, record.pupil.cpr);
  if (!enrolments) return Fail(enrolments.error());
  const auto found = pupils::FindEnrolmentConflict(record, *enrolments);
  if (!found) return std::optional<Conflict>{};
  return std::optional<Conflict>{Conflict{*found->other, found->held}};
}

Result<std::vector<pupils::PupilRecord>> CountingEnrolmentsOf(store::Database& db, const std::string& cpr) {
  auto enrolments = store::FindAcceptedPupilsByCpr(db, cpr);
  if (!enrolments) return Fail(enrolments.error());
  return pupils::CountingEnrolments(*enrolments);
}

Problem ConflictProblem(const Conflict& conflict) {
  const pupils::Pupil& other = conflict.other.pupil;
  std::string period = other.institution;
  // "101002, 2025-08-11 → 2026-10-31"; an open side is left empty ("101002, 2025-08-11 →").
  if (other.start_date || other.end_date) period += ", " + DateText(other.start_date) + " \u2192" + (other.end_date ? " " + DateText(other.end_date) : "");
  return MakeError(ErrorCode::kPupilEnrolledElsewhere, "cpr", period);
}

wire::Json ConflictJson(const Conflict& conflict) {
  const pupils::Pupil& other = conflict.other.pupil;
  return wire::Json{{"school", other.institution},
                    {"start_date", other.start_date ? wire::Json(DateText(other.start_date)) : wire::Json(nullptr)},
                    {"end_date", other.end_date ? wire::Json(DateText(other.end_date)) : wire::Json(nullptr)},
                    {"held", conflict.held},
                    {"problem", wire::ProblemToJson(ConflictProblem(conflict))}};
}

}  // namespace optagelse::enrolment
