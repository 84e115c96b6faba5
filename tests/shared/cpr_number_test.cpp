// CPR classification, table-driven: every row of the century table, leap days, numbers without
// modulus 11, fictitious numbers (day + 60, letters), and the exact reason for malformed input.
#include "cpr/cpr_number.h"

#include <cstdio>

#include <gtest/gtest.h>

namespace optagelse::cpr {
namespace {

struct CprCase {
  const char* input;
  CprStatus status;
  std::optional<ErrorCode> reason;
  const char* birth_date;  // "" when none
  std::optional<Sex> sex;
  std::optional<bool> mod11;
  const char* detail = "";  // the reason's detail (position, length, date digits)
};

void PrintTo(const CprCase& c, std::ostream* os) { *os << '"' << c.input << '"'; }

class CprCheckTest : public ::testing::TestWithParam<CprCase> {};

TEST_P(CprCheckTest, ClassifiesAsExpected) {
  const CprCase& c = GetParam();
  const CprCheck check = CheckCpr(c.input);
  EXPECT_EQ(check.status, c.status);
  if (c.reason) {
    ASSERT_TRUE(check.reason.has_value());
    EXPECT_EQ(check.reason->code, *c.reason);
    EXPECT_EQ(check.reason->field, "cpr");
    EXPECT_EQ(check.reason->detail, c.detail);
  } else {
    EXPECT_FALSE(check.reason.has_value());
  }
  EXPECT_EQ(check.birth_date ? FormatIsoDate(*check.birth_date) : "", c.birth_date);
  EXPECT_EQ(check.sex, c.sex);
  EXPECT_EQ(check.mod11, c.mod11);
}

constexpr auto kValid = CprStatus::kValidFormat;
constexpr auto kFictitious = CprStatus::kFictitious;
constexpr auto kMalformed = CprStatus::kMalformed;
constexpr auto kF = Sex::kFemale;
constexpr auto kM = Sex::kMale;

INSTANTIATE_TEST_SUITE_P(
    CenturyTable, CprCheckTest,
    ::testing::Values(
        CprCase{"0101900002", kValid, {}, "1990-01-01", kF, true},          // 7th digit 0-3: 1900s
        CprCase{"1505364003", kValid, {}, "2036-05-15", kM, true},          // 4, YY 00-36: 2000s
        CprCase{"1505374009", kValid, {}, "1937-05-15", kM, true},          // 4, YY 37-57: 1900s
        CprCase{"1505584003", kValid, {}, "1958-05-15", kM, true},          // 4, YY 58-99: 1900s
        CprCase{"1505365018", kValid, {}, "2036-05-15", kF, true},          // 5-8, YY 00-36: 2000s
        CprCase{"1505575004", kValid, {}, "2057-05-15", kF, true},          // 5-8, YY 37-57: 2000s
        CprCase{"1505585018", kValid, {}, "1858-05-15", kF, true},          // 5-8, YY 58-99: 1800s
        CprCase{"1505369005", kValid, {}, "2036-05-15", kM, true},          // 9, YY 00-36: 2000s
        CprCase{"1505379000", kValid, {}, "1937-05-15", kF, true},          // 9, YY 37-57: 1900s
        CprCase{"3112999018", kValid, {}, "1999-12-31", kF, true},          // 9, YY 58-99: 1900s
        CprCase{"1204086008", kValid, {}, "2008-04-12", kF, true}));

INSTANTIATE_TEST_SUITE_P(
    DatesAndModulus11, CprCheckTest,
    ::testing::Values(
        CprCase{"2902004001", kValid, {}, "2000-02-29", kM, true},          // 2000 is a leap year
        CprCase{"2902000006", kMalformed, ErrorCode::kCprImpossibleDate, "", {}, {}, "290200"},  // 1900 is not
        CprCase{"2902091234", kMalformed, ErrorCode::kCprImpossibleDate, "", {}, {}, "290209"},
        CprCase{"3104101234", kMalformed, ErrorCode::kCprImpossibleDate, "", {}, {}, "310410"},
        CprCase{"0013101234", kMalformed, ErrorCode::kCprImpossibleDate, "", {}, {}, "001310"},
        CprCase{"0101901234", kValid, {}, "1990-01-01", kF, false},         // fails modulus 11: still valid
        CprCase{"0101104002", kValid, {}, "2010-01-01", kF, false}));       // 1 January, no modulus 11

INSTANTIATE_TEST_SUITE_P(
    Fictitious, CprCheckTest,
    ::testing::Values(
        CprCase{"6701104002", kFictitious, ErrorCode::kCprFictitiousDayPlus60, "2010-01-07", kF, false},
        CprCase{"9112994009", kFictitious, ErrorCode::kCprFictitiousDayPlus60, "1999-12-31", kM, false},
        CprCase{"0203291WQ3", kFictitious, ErrorCode::kCprFictitiousLetters, "1929-03-02", kM, {}},
        CprCase{"020329-1wq4", kFictitious, ErrorCode::kCprFictitiousLetters, "1929-03-02", kF, {}},
        CprCase{"020329AB12", kFictitious, ErrorCode::kCprFictitiousLetters, "", kF, {}}));

INSTANTIATE_TEST_SUITE_P(
    Malformed, CprCheckTest,
    ::testing::Values(
        CprCase{"", kMalformed, ErrorCode::kCprEmpty, "", {}, {}},
        CprCase{"   ", kMalformed, ErrorCode::kCprEmpty, "", {}, {}},
        CprCase{"010190000", kMalformed, ErrorCode::kCprWrongLength, "", {}, {}, "9"},
        CprCase{"01019000021", kMalformed, ErrorCode::kCprWrongLength, "", {}, {}, "11"},
        CprCase{"010190-00021", kMalformed, ErrorCode::kCprWrongLength, "", {}, {}, "12"},
        CprCase{"01019-00002", kMalformed, ErrorCode::kCprMisplacedHyphen, "", {}, {}},
        CprCase{"0101A00002", kMalformed, ErrorCode::kCprInvalidCharacter, "", {}, {}, "5"},
        CprCase{"010190000X", kMalformed, ErrorCode::kCprInvalidCharacter, "", {}, {}, "10"},
        CprCase{"010190-000X", kMalformed, ErrorCode::kCprInvalidCharacter, "", {}, {}, "11"},
        CprCase{"010190 0002", kMalformed, ErrorCode::kCprWrongLength, "", {}, {}, "11"},
        CprCase{"0101900.02", kMalformed, ErrorCode::kCprInvalidCharacter, "", {}, {}, "8"},
        // Arabic-Indic digit one (U+0661) and a fullwidth zero (U+FF10): not ASCII digits.
        CprCase{"\xd9\xa1" "101900002", kMalformed, ErrorCode::kCprInvalidCharacter, "", {}, {}, "1"},
        CprCase{"01019000\xef\xbc\x90" "2", kMalformed, ErrorCode::kCprInvalidCharacter, "", {}, {}, "9"}));

INSTANTIATE_TEST_SUITE_P(
    BlanksAndHyphen, CprCheckTest,
    ::testing::Values(
        CprCase{"  0101900002\t", kValid, {}, "1990-01-01", kF, true},
        CprCase{"010190-0002", kValid, {}, "1990-01-01", kF, true},
        CprCase{" 010190-0002 \r\n", kValid, {}, "1990-01-01", kF, true}));

TEST(CprCheck, NormalizesWithoutHyphenAndUpperCasesLetters) {
  EXPECT_EQ(CheckCpr(" 010190-0002 ").normalized, "0101900002");
  EXPECT_EQ(CheckCpr("020329-1wq4").normalized, "0203291WQ4");
  EXPECT_TRUE(CheckCpr("01019").normalized.empty());
}

TEST(CprCheck, Modulus11FailureIsAWarningNotARejection) {
  const CprCheck check = CheckCpr("0101901234");
  EXPECT_EQ(check.status, CprStatus::kValidFormat);
  ASSERT_TRUE(check.warning.has_value());
  EXPECT_EQ(check.warning->code, ErrorCode::kCprModulus11Failed);
  EXPECT_EQ(check.warning->severity, Severity::kWarning);
  EXPECT_FALSE(CheckCpr("0101900002").warning.has_value());
}

TEST(CprCheck, BirthYearFollowsTheCenturyTableAtEveryBoundary) {
  for (int digit = 0; digit <= 9; ++digit) {
    for (int yy = 0; yy <= 99; ++yy) {
      int expected = 1900;
      if ((digit == 4 || digit == 9) && yy <= 36) expected = 2000;
      if (digit >= 5 && digit <= 8) expected = yy <= 57 ? 2000 : 1800;
      EXPECT_EQ(BirthYear(digit, yy), expected + yy) << "digit " << digit << " yy " << yy;
    }
  }
}

// Property: every valid date, formatted as a CPR number with any serial, parses back to the same
// birth date and sex, with or without the hyphen.
TEST(CprCheck, FormatThenParseRoundTrips) {
  int checked = 0;
  for (int year = 1858; year <= 2057; year += 7) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= DaysInMonth(year, month); day += 3) {
        const int yy = year % 100;
        int seventh = 0;
        for (int d = 0; d <= 9; ++d) {
          if (BirthYear(d, yy) == year) { seventh = d; break; }
        }
        char text[32];
        const int serial_tail = (day * 37 + month * 11 + year) % 1000;
        std::snprintf(text, sizeof text, "%02d%02d%02d%d%03d", day, month, yy, seventh, serial_tail);
        for (const std::string& input : {std::string(text), FormatWithHyphen(text)}) {
          const CprCheck check = CheckCpr(input);
          ASSERT_EQ(check.status, CprStatus::kValidFormat) << input;
          ASSERT_EQ(check.normalized, text);
          ASSERT_EQ(*check.birth_date, (Date{year, month, day})) << input;
          ASSERT_EQ(*check.sex, serial_tail % 2 ? Sex::kMale : Sex::kFemale);
          ASSERT_EQ(*check.mod11, PassesModulus11(text));
          ++checked;
        }
      }
    }
  }
  EXPECT_GT(checked, 5000);
}

TEST(CprCheck, NamesOfStatusAndSexAreTheWireNames) {
  EXPECT_EQ(StatusName(CprStatus::kValidFormat), "valid-format");
  EXPECT_EQ(StatusName(CprStatus::kFictitious), "fictitious");
  EXPECT_EQ(StatusName(CprStatus::kMalformed), "malformed");
  EXPECT_EQ(SexName(Sex::kFemale), "female");
  EXPECT_EQ(SexName(Sex::kMale), "male");
}

}  // namespace
}  // namespace optagelse::cpr
