// The application's rules for one admission year (part of the year's rule set, assets/rules): when
// wishes may be submitted, the deadline for the central allocation (1 March 23:59 Danish time), the
// age under which a guardian must sign, and how many wishes one application may hold. docs/domain.md
// "The application" and "Timeline".
#pragma once

#include "calendar/date.h"
#include "calendar/instant.h"

namespace optagelse::applications {

struct ApplicationRules {
  Date opens;                      // the first day wishes may be submitted (local date)
  Date deadline_date;              // the last day for the central allocation
  int deadline_minute = 23 * 60 + 59;  // the deadline's local minute of the day (23:59)
  int utc_offset_minutes = 60;     // Danish time on the deadline day (CET)
  int signature_under_age = 18;    // applicants younger than this on the deadline day need a guardian
  int max_wishes = 30;             // "any number", bounded so one request stays small
};

// The first instant at which submission is open, and the last instant that is still in time
// (the deadline minute itself counts: 23:59:59 is in time).
UnixSeconds OpensAt(const ApplicationRules& rules);
UnixSeconds DeadlineAt(const ApplicationRules& rules);

enum class Phase { kNotOpen, kOpen, kAfterDeadline };
Phase PhaseAt(const ApplicationRules& rules, UnixSeconds now);

}  // namespace optagelse::applications
