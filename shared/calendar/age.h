// Ages from birth dates. The day a person turns N is their birthday that year; born 29 February,
// it is 1 March in a year without one. The age of majority is 18 (værgemålsloven § 1): a guardian
// acts for a child under it. The guardian's signature has its own age in the rule sets
// (applications/signature_rule.h), measured on the deadline day.
#pragma once

#include "calendar/date.h"

namespace optagelse {

inline constexpr int kAgeOfMajority = 18;

Date BirthdayAtAge(const Date& born, int years);
bool IsMinorOn(const Date& born, const Date& day);

}  // namespace optagelse
