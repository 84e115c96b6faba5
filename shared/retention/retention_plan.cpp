// The retention decision: see retention_plan.h.
#include "retention/retention_plan.h"

#include <algorithm>
#include <string>

namespace optagelse::retention {
namespace {

// The year's rules, or those of the latest earlier year that has rules; nullptr when none.
const YearCalendar* RulesFor(const RetentionCalendar& calendar, int admission_year) {
  auto after = calendar.upper_bound(admission_year);
  if (after == calendar.begin()) return nullptr;
  return &std::prev(after)->second;
}

std::optional<Date> NextRoundOpens(const RetentionCalendar& calendar, int admission_year) {
  auto next = calendar.find(admission_year + 1);
  if (next == calendar.end()) return std::nullopt;
  return next->second.round_opens;
}

Decision Unknown(std::int64_t id) {
  Decision decision;
  decision.id = id;
  return decision;
}

Decision Decide(std::int64_t id, Date delete_on, std::optional<Date> latest, const Date& today) {
  Decision decision;
  decision.id = id;
  decision.known = true;
  decision.delete_on = delete_on;
  decision.latest = latest;
  decision.due = today >= delete_on;
  decision.overdue = latest && today >= *latest;
  return decision;
}

Date ApplicationDeletionDay(const RetentionRules& rules) {
  return AddMonths(rules.processing_ends, rules.months_after_processing);
}

}  // namespace

Date LeavingDate(const PupilFacts& facts) {
  if (facts.end_date) return *facts.end_date;
  const Date& reported = facts.last_reported;
  return Date{reported.month >= 8 ? reported.year + 1 : reported.year, 6, 30};
}

Decision DecideApplication(const RetentionCalendar& calendar, const ApplicationFacts& facts, const Date& today) {
  auto year = calendar.find(facts.admission_year);
  if (year == calendar.end()) return Unknown(facts.id);
  return Decide(facts.id, ApplicationDeletionDay(year->second.rules), NextRoundOpens(calendar, facts.admission_year),
                today);
}

Decision DecidePupil(const RetentionCalendar& calendar, const PupilFacts& facts, const Date& today) {
  const Date left = LeavingDate(facts);
  const int applies_for = left.month >= 8 ? left.year + 1 : left.year;
  const YearCalendar* year = RulesFor(calendar, applies_for);
  if (year == nullptr) return Unknown(facts.id);
  const int grade = facts.grade.value_or(9);
  const int years = grade >= 10 ? year->rules.years_after_grade_10
                                : year->rules.years_after_grade_9 + std::max(0, 9 - grade);
  return Decide(facts.id, AddYears(left, years), std::nullopt, today);
}

std::vector<Problem> ValidateCalendar(const RetentionCalendar& calendar) {
  std::vector<Problem> problems;
  for (const auto& [year, entry] : calendar) {
    const RetentionRules& rules = entry.rules;
    if (rules.months_after_processing < 0 || rules.years_after_grade_9 < 0 || rules.years_after_grade_10 < 0) {
      problems.push_back(MakeError(ErrorCode::kRuleSetInvalid, "retention", std::to_string(year) + ": negative period"));
    }
    const auto next = NextRoundOpens(calendar, year);
    if (next && ApplicationDeletionDay(rules) >= *next) {
      problems.push_back(MakeError(ErrorCode::kRuleSetInvalid, "retention",
                                   std::to_string(year) + ": earliest deletion " + FormatIsoDate(ApplicationDeletionDay(rules)) +
                                       " is not before the next round opens " + FormatIsoDate(*next)));
    }
  }
  return problems;
}

}  // namespace optagelse::retention
