// Calendar rules: leap years and ISO dates.
#include "calendar/date.h"
#include "calendar/date_text.h"
#include "calendar/age.h"
#include "calendar/danish_time.h"

#include <gtest/gtest.h>

namespace optagelse {
namespace {

TEST(Date, LeapYears) {
  EXPECT_TRUE(IsLeapYear(2000));
  EXPECT_FALSE(IsLeapYear(1900));
  EXPECT_TRUE(IsLeapYear(2024));
  EXPECT_FALSE(IsLeapYear(2023));
  EXPECT_EQ(DaysInMonth(2024, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 2), 28);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(Date, IsoRoundTrip) {
  for (int year : {1858, 1999, 2000, 2024}) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= DaysInMonth(year, month); ++day) {
        const Date date{year, month, day};
        ASSERT_EQ(ParseIsoDate(FormatIsoDate(date)), date);
      }
    }
  }
}

TEST(Date, RejectsImpossibleIsoDates) {
  EXPECT_FALSE(ParseIsoDate("2023-02-29").has_value());
  EXPECT_FALSE(ParseIsoDate("2024-13-01").has_value());
  EXPECT_FALSE(ParseIsoDate("2024-1-01").has_value());
  EXPECT_FALSE(ParseIsoDate("2024-01-0x").has_value());
}

}  // namespace
TEST(Date, InWordsForTheScreens) {
  EXPECT_EQ(FormatLongDate(Date{2027, 3, 1}, Language::kDanish), "1. marts 2027");
  EXPECT_EQ(FormatLongDate(Date{2027, 3, 1}, Language::kEnglish), "1 March 2027");
  EXPECT_EQ(FormatLongDate(Date{2024, 2, 29}, Language::kDanish), "29. februar 2024");
  EXPECT_EQ(FormatLongDate(Date{2023, 12, 31}, Language::kEnglish), "31 December 2023");
  EXPECT_EQ(FormatLongDate(Date{2023, 2, 30}, Language::kDanish), "2023-02-30");  // not a date: shown as given
}

}  // namespace optagelse

namespace optagelse {
namespace {

TEST(DanishTime, SummerTimeFromTheLastSundayOfMarchToTheLastSundayOfOctober) {
  // 2027: summer time from 28 March 01:00 UTC to 31 October 01:00 UTC.
  EXPECT_EQ(DanishUtcOffsetMinutes(*ParseIsoInstant("2027-03-28T00:59:59Z")), 60);
  EXPECT_EQ(DanishUtcOffsetMinutes(*ParseIsoInstant("2027-03-28T01:00:00Z")), 120);
  EXPECT_EQ(DanishUtcOffsetMinutes(*ParseIsoInstant("2027-10-31T00:59:59Z")), 120);
  EXPECT_EQ(DanishUtcOffsetMinutes(*ParseIsoInstant("2027-10-31T01:00:00Z")), 60);
  EXPECT_EQ(FormatDanishDateTime(*ParseIsoInstant("2027-03-01T22:59:00Z"), Language::kDanish), "1. marts 2027 kl. 23.59");
  EXPECT_EQ(FormatDanishDateTime(*ParseIsoInstant("2027-06-30T22:05:00Z"), Language::kEnglish), "1 July 2027 at 00:05");
}

}  // namespace
}  // namespace optagelse

namespace optagelse {
namespace {

TEST(Age, MinorUntilTheEighteenthBirthdayAndA29FebruaryBirthdayIsTheFirstOfMarch) {
  EXPECT_TRUE(IsMinorOn(Date{2009, 3, 2}, Date{2027, 3, 1}));
  EXPECT_FALSE(IsMinorOn(Date{2009, 3, 1}, Date{2027, 3, 1}));
  EXPECT_EQ(BirthdayAtAge(Date{2008, 2, 29}, 18), (Date{2026, 3, 1}));
  EXPECT_TRUE(IsMinorOn(Date{2008, 2, 29}, Date{2026, 2, 28}));
  EXPECT_FALSE(IsMinorOn(Date{2008, 2, 29}, Date{2026, 3, 1}));
  EXPECT_EQ(BirthdayAtAge(Date{2008, 2, 29}, 16), (Date{2024, 2, 29}));
}

}  // namespace
}  // namespace optagelse
