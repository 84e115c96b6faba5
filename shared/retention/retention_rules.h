// How long personal data is kept (the privacy notice, docs/domain.md "Privacy rules"), as part of a
// year's rule set: application data is deleted at the earliest `months_after_processing` after the
// round's processing has ended and at the latest before the next round opens; CPR number and UPV
// are kept until `years_after_grade_9` after the pupil left grade 9, or `years_after_grade_10`
// after grade 10 (the extended right to a place at a gymnasium).
#pragma once

#include "calendar/date.h"

namespace optagelse::retention {

struct RetentionRules {
  Date processing_ends;             // the round's applications are finished (answers, late places)
  int months_after_processing = 2;  // the earliest deletion is this long after processing_ends
  int years_after_grade_9 = 2;
  int years_after_grade_10 = 1;
};

}  // namespace optagelse::retention
