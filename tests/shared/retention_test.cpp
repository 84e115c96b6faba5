// Retention (privacy notice, "Hvor længe behandles personoplysningerne?"): application data goes on
// the first allowed day and not a day before; CPR/UPV stay 2 years after grade 9 and 1 year after
// grade 10; the embedded rule sets agree with the next round's opening; calendar arithmetic.
#include <gtest/gtest.h>

#include "retention/retention_plan.h"
#include "wire/rule_catalog.h"
#include "wire/rule_set_wire.h"

namespace optagelse::retention {
namespace {

Date D(const char* iso) { return *ParseIsoDate(iso); }

RetentionCalendar TwoYears() {
  RetentionCalendar calendar;
  calendar[2026] = YearCalendar{RetentionRules{D("2026-08-31"), 2, 2, 1}, D("2026-01-15")};
  calendar[2027] = YearCalendar{RetentionRules{D("2027-08-31"), 2, 2, 1}, D("2027-01-15")};
  return calendar;
}

TEST(Calendar, AddMonthsClampsToTheMonthsLastDay) {
  EXPECT_EQ(AddMonths(D("2026-08-31"), 2), D("2026-10-31"));
  EXPECT_EQ(AddMonths(D("2026-12-31"), 2), D("2027-02-28"));
  EXPECT_EQ(AddMonths(D("2027-12-31"), 2), D("2028-02-29"));
  EXPECT_EQ(AddMonths(D("2026-11-15"), 14), D("2028-01-15"));
  EXPECT_EQ(AddYears(D("2028-02-29"), 1), D("2029-02-28"));
  EXPECT_EQ(AddYears(D("2026-06-30"), 2), D("2028-06-30"));
}

TEST(Retention, ApplicationDataGoesTwoMonthsAfterProcessingAndNotADayBefore) {
  const RetentionCalendar calendar = TwoYears();
  const ApplicationFacts application{7, 2026};
  const Decision before = DecideApplication(calendar, application, D("2026-10-30"));
  EXPECT_TRUE(before.known);
  EXPECT_FALSE(before.due);
  EXPECT_EQ(before.delete_on, D("2026-10-31"));
  ASSERT_TRUE(before.latest.has_value());
  EXPECT_EQ(*before.latest, D("2027-01-15"));  // the next round opens
  const Decision on = DecideApplication(calendar, application, D("2026-10-31"));
  EXPECT_TRUE(on.due);
  EXPECT_FALSE(on.overdue);
  EXPECT_FALSE(DecideApplication(calendar, application, D("2027-01-14")).overdue);
  EXPECT_TRUE(DecideApplication(calendar, application, D("2027-01-15")).overdue);
}

TEST(Retention, AYearWithoutRulesIsKeptAndSaysSo) {
  const Decision unknown = DecideApplication(TwoYears(), ApplicationFacts{3, 2020}, D("2030-01-01"));
  EXPECT_FALSE(unknown.known);
  EXPECT_FALSE(unknown.due);
  // The last year has no next round yet: no latest date, the earliest still applies.
  const Decision last = DecideApplication(TwoYears(), ApplicationFacts{4, 2027}, D("2027-10-31"));
  EXPECT_TRUE(last.due);
  EXPECT_FALSE(last.latest.has_value());
}

TEST(Retention, CprAndUpvStayTwoYearsAfterGradeNineAndOneAfterGradeTen) {
  const RetentionCalendar calendar = TwoYears();
  const PupilFacts ninth{1, 9, D("2026-06-26"), D("2025-09-01")};
  EXPECT_FALSE(DecidePupil(calendar, ninth, D("2028-06-25")).due);
  EXPECT_TRUE(DecidePupil(calendar, ninth, D("2028-06-26")).due);
  const PupilFacts tenth{2, 10, D("2026-06-26"), D("2025-09-01")};
  EXPECT_FALSE(DecidePupil(calendar, tenth, D("2027-06-25")).due);
  EXPECT_TRUE(DecidePupil(calendar, tenth, D("2027-06-26")).due);
  // Grade 8 is kept as long as grade 9 would be (a year later left, two more kept).
  const PupilFacts eighth{3, 8, D("2026-06-26"), D("2025-09-01")};
  EXPECT_EQ(DecidePupil(calendar, eighth, D("2026-12-01")).delete_on, D("2029-06-26"));
}

TEST(Retention, WithoutAnEndDateThePupilLeavesAtTheEndOfTheReportedSchoolYear) {
  EXPECT_EQ(LeavingDate(PupilFacts{1, 9, std::nullopt, D("2025-09-01")}), D("2026-06-30"));
  EXPECT_EQ(LeavingDate(PupilFacts{1, 9, std::nullopt, D("2026-03-01")}), D("2026-06-30"));
  EXPECT_EQ(LeavingDate(PupilFacts{1, 9, std::nullopt, D("2026-07-31")}), D("2026-06-30"));
  EXPECT_EQ(LeavingDate(PupilFacts{1, 9, std::nullopt, D("2026-08-01")}), D("2027-06-30"));
  // A pupil still reported this school year is not due: the clock starts when they leave.
  EXPECT_FALSE(DecidePupil(TwoYears(), PupilFacts{1, 9, std::nullopt, D("2026-09-01")}, D("2028-06-29")).due);
  // Rules of a later year than the catalog knows: the latest earlier year's.
  EXPECT_TRUE(DecidePupil(TwoYears(), PupilFacts{1, 9, std::nullopt, D("2026-09-01")}, D("2029-06-30")).due);
}

TEST(Retention, ContradictoryPeriodsAreRefused) {
  RetentionCalendar calendar = TwoYears();
  calendar[2026].rules.months_after_processing = 5;  // 31 January 2027: after the 2027 round opened
  const auto problems = ValidateCalendar(calendar);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].code, ErrorCode::kRuleSetInvalid);
  EXPECT_EQ(problems[0].field, "retention");
  EXPECT_TRUE(ValidateCalendar(TwoYears()).empty());
}

TEST(Retention, EveryEmbeddedYearHasRetentionRulesThatAgreeWithTheNextRound) {
  const auto catalog = wire::RuleCatalog::FromEmbedded();
  ASSERT_TRUE(catalog.has_value()) << catalog.error().field << " " << catalog.error().detail;
  const RetentionCalendar calendar = catalog->Retention();
  EXPECT_EQ(calendar.size(), catalog->Years().size());
  EXPECT_TRUE(ValidateCalendar(calendar).empty());
  EXPECT_EQ(calendar.at(2027).rules.processing_ends, D("2027-08-31"));
}

TEST(Retention, TheRuleFileSectionIsReadStrictly) {
  std::string text(wire::EmbeddedRuleFiles()[8].text);  // 2027.json
  const auto at = text.find("\"years_after_grade_10\": 1");
  ASSERT_NE(at, std::string::npos);
  const auto broken = wire::RuleSetFromText(std::string(text).replace(at, 25, "\"years_after_grade_10\": -1"));
  ASSERT_FALSE(broken.has_value());
  EXPECT_EQ(broken.error().field, "retention.years_after_grade_10");
  const auto misspelt = wire::RuleSetFromText(std::string(text).replace(at, 25, "\"years_after_grade10\": 1"));
  ASSERT_FALSE(misspelt.has_value());
  EXPECT_EQ(misspelt.error().code, ErrorCode::kRuleSetInvalid);
}

}  // namespace
}  // namespace optagelse::retention
