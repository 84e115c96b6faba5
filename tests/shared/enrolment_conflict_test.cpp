// Enrolment conflicts between schools (docs/threat-model.md): the first report keeps the pupil, a later
// overlapping one is held, and the dates settle it.
#include <gtest/gtest.h>

#include "pupils/enrolment_conflict.h"

namespace optagelse::pupils {
namespace {

PupilRecord Enrolment(std::int64_t id, const std::string& school, std::optional<Date> start, std::optional<Date> end,
                      RowOutcome status = RowOutcome::kAccepted) {
  PupilRecord record;
  record.id = id;
  record.status = status;
  record.pupil.cpr = "0101101234";
  record.pupil.institution = school;
  record.pupil.start_date = start;
  record.pupil.end_date = end;
  return record;
}

TEST(EnrolmentConflict, TheLaterOverlappingReportIsHeldAndTheFirstKeepsThePupil) {
  const std::vector<PupilRecord> both{Enrolment(1, "101002", Date{2026, 8, 10}, std::nullopt),
                                      Enrolment(2, "147004", Date{2026, 11, 1}, std::nullopt)};
  const auto first = FindEnrolmentConflict(both[0], both);
  ASSERT_TRUE(first.has_value());
  EXPECT_FALSE(first->held);
  EXPECT_EQ(first->other->pupil.institution, "147004");
  const auto later = FindEnrolmentConflict(both[1], both);
  ASSERT_TRUE(later.has_value());
  EXPECT_TRUE(later->held);
  EXPECT_EQ(later->other->pupil.institution, "101002");
  const auto counting = CountingEnrolments(both);
  ASSERT_EQ(counting.size(), 1u);
  EXPECT_EQ(counting[0].pupil.institution, "101002");
}

struct Periods {
  const char* fact;
  std::optional<Date> first_start, first_end, second_start, second_end;
  bool conflict;
};

TEST(EnrolmentConflict, TheDatesSettleIt) {
  const Periods rows[] = {
      {"the first school ends the enrolment the day before the new start", Date{2026, 8, 10}, Date{2026, 10, 31}, Date{2026, 11, 1}, std::nullopt, false},
      {"the new start is the first school's last day: both on that day", Date{2026, 8, 10}, Date{2026, 11, 1}, Date{2026, 11, 1}, std::nullopt, true},
      {"the new school's period ends before the first begins", Date{2026, 8, 10}, std::nullopt, Date{2025, 8, 11}, Date{2026, 6, 26}, false},
      {"no dates at all: open on both sides", std::nullopt, std::nullopt, std::nullopt, std::nullopt, true},
      {"a first school without a start date, ended before the new start", std::nullopt, Date{2026, 6, 26}, Date{2026, 8, 10}, std::nullopt, false},
  };
  for (const Periods& row : rows) {
    const std::vector<PupilRecord> both{Enrolment(1, "101002", row.first_start, row.first_end),
                                        Enrolment(2, "147004", row.second_start, row.second_end)};
    EXPECT_EQ(FindEnrolmentConflict(both[1], both).has_value(), row.conflict) << row.fact;
    EXPECT_EQ(CountingEnrolments(both).size(), row.conflict ? 1u : 2u) << row.fact;
  }
}

TEST(EnrolmentConflict, OnlyAcceptedRecordsOfOtherSchoolsCount) {
  const std::vector<PupilRecord> records{Enrolment(1, "101002", std::nullopt, std::nullopt, RowOutcome::kRejected),
                                         Enrolment(2, "147004", std::nullopt, std::nullopt),
                                         Enrolment(3, "147004", std::nullopt, std::nullopt, RowOutcome::kFiltered)};
  EXPECT_FALSE(FindEnrolmentConflict(records[1], records).has_value());
  EXPECT_FALSE(FindEnrolmentConflict(records[0], records).has_value());  // a rejected row is never in conflict
  EXPECT_EQ(CountingEnrolments(records).size(), 1u);
}

TEST(EnrolmentConflict, AThirdSchoolIsHeldByTheFirstReport) {
  const std::vector<PupilRecord> three{Enrolment(5, "101002", std::nullopt, std::nullopt), Enrolment(9, "147004", std::nullopt, std::nullopt),
                                       Enrolment(7, "151001", std::nullopt, std::nullopt)};
  const auto third = FindEnrolmentConflict(three[1], three);
  ASSERT_TRUE(third.has_value());
  EXPECT_TRUE(third->held);
  EXPECT_EQ(third->other->id, 5);
  EXPECT_EQ(CountingEnrolments(three).size(), 1u);
}

}  // namespace
}  // namespace optagelse::pupils
