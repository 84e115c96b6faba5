// The retention decision (privacy notice, "Hvor længe behandles personoplysningerne?"): given today
// and the facts about each stored application and pupil record, which are due for deletion and
// from which date. Pure: the server's daily job and `optagelse retention` gather the facts, this
// decides, they delete (or only report, in a dry run).
//
// Application data of admission year Y (applications, wishes, history, signatures, attachments,
// forrang decisions, allocation runs) is due on Y's processing_ends + months_after_processing, the
// earliest date the notice allows, and must be gone before Y+1's round opens (the latest date;
// past it the item is overdue and still deleted). Every application of a round shares the date:
// the round is processed as a whole (allocation, waiting lists, late places).
//
// A pupil record (CPR number, school's report, UPV history) is due `years_after_grade_9` after the
// pupil left grade 9, or `years_after_grade_10` after grade 10. Below grade 9 the record is kept as
// if the pupil went on to grade 9 (a year per grade level), so a grade 8 assessment never goes
// before the grade 9 one could. The leaving date is the school's end date, else the end of the
// school year the record was last reported in (30 June). The rules are those of the admission year
// the pupil applied for after leaving; without a rule set for it, the latest earlier one.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <vector>

#include "calendar/date.h"
#include "core/problem.h"
#include "retention/retention_rules.h"

namespace optagelse::retention {

// Per admission year: its retention rules and the date its round opens (the next year's `opens` is
// the previous year's latest deletion date).
struct YearCalendar {
  RetentionRules rules;
  Date round_opens;
};
using RetentionCalendar = std::map<int, YearCalendar>;

struct ApplicationFacts {
  std::int64_t id = 0;
  int admission_year = 0;
};

struct PupilFacts {
  std::int64_t id = 0;
  std::optional<int> grade;
  std::optional<Date> end_date;  // as the school reported it
  Date last_reported;            // the day the school last reported the record
};

struct Decision {
  std::int64_t id = 0;
  bool known = false;              // false: no rule set covers the item; it is kept and reported
  Date delete_on;                  // the earliest day it may (and will) be deleted
  std::optional<Date> latest;      // it must be gone before this day (the next round opens)
  bool due = false;                // today >= delete_on
  bool overdue = false;            // today >= latest
};

Decision DecideApplication(const RetentionCalendar& calendar, const ApplicationFacts& facts, const Date& today);
Decision DecidePupil(const RetentionCalendar& calendar, const PupilFacts& facts, const Date& today);

// The day the pupil is taken to have left the reported grade (end_date, else 30 June of the school
// year of last_reported: a school year runs 1 August - 31 July).
Date LeavingDate(const PupilFacts& facts);

// The problems with a calendar: a year whose earliest deletion is not before the next round opens
// (the notice's two limits contradict each other), each a kRuleSetInvalid problem on "retention".
std::vector<Problem> ValidateCalendar(const RetentionCalendar& calendar);

}  // namespace optagelse::retention
