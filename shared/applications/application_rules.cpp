// The application window of an admission year: see application_rules.h.
#include "applications/application_rules.h"

namespace optagelse::applications {

UnixSeconds OpensAt(const ApplicationRules& rules) { return InstantOf(rules.opens, 0, rules.utc_offset_minutes); }

UnixSeconds DeadlineAt(const ApplicationRules& rules) {
  return InstantOf(rules.deadline_date, rules.deadline_minute, rules.utc_offset_minutes) + 59;
}

Phase PhaseAt(const ApplicationRules& rules, UnixSeconds now) {
  if (now < OpensAt(rules)) return Phase::kNotOpen;
  if (now > DeadlineAt(rules)) return Phase::kAfterDeadline;
  return Phase::kOpen;
}

}  // namespace optagelse::applications
