// Small-group suppression of the pseudonymised statistics: groups of at least k pass untouched;
// a small group loses its municipality first, then more, until it pools with others; a record
// alone with nothing left to blank is dropped; a forrang ground shared by fewer than k is blanked
// and marked as suppressed.
#include <gtest/gtest.h>

#include "statistics/small_groups.h"

namespace optagelse::statistics {
namespace {

StatisticsRecord Record(int n, int birth_year, const char* sex, int municipality, const char* institution) {
  StatisticsRecord r;
  r.pseudonym = "p" + std::to_string(n);
  r.admission_year = 2027;
  r.birth_year = birth_year;
  r.sex = sex;
  r.municipality_code = municipality;
  r.first_institution = institution;
  r.first_programme = "stx";
  r.status = "submitted";
  r.wishes = 1;
  return r;
}

std::vector<StatisticsRecord> Five(int first, int municipality) {
  std::vector<StatisticsRecord> records;
  for (int i = 0; i < 5; ++i) records.push_back(Record(first + i, 2011, "female", municipality, "101001"));
  return records;
}

TEST(SmallGroups, GroupsOfKPassUntouched) {
  auto records = Five(0, 101);
  const auto before = records;
  const Suppression report = SuppressSmallGroups(records, 5);
  EXPECT_EQ(report.fields_blanked, 0);
  EXPECT_EQ(report.records_dropped, 0);
  ASSERT_EQ(records.size(), before.size());
  EXPECT_EQ(records[0].municipality_code, 101);
}

TEST(SmallGroups, ALoneRecordLosesItsMunicipalityAndPoolsWithOthersLikeIt) {
  auto records = Five(0, 101);
  // Four from small municipalities, each alone: without the municipality they are a group of four...
  for (int m : {360, 400, 410, 420}) records.push_back(Record(m, 2011, "male", m, "101001"));
  // ... and one more makes five.
  records.push_back(Record(999, 2011, "male", 430, "101001"));
  const Suppression report = SuppressSmallGroups(records, 5);
  EXPECT_EQ(report.records_dropped, 0);
  EXPECT_EQ(report.fields_blanked, 5);
  for (const auto& r : records) {
    if (r.sex == std::optional<std::string>("male")) {
      EXPECT_FALSE(r.municipality_code.has_value()) << r.pseudonym;
      EXPECT_EQ(r.first_institution, "101001");  // one blank was enough
    } else {
      EXPECT_EQ(r.municipality_code, 101);
    }
  }
}

TEST(SmallGroups, ARecordAloneWithNothingLeftToBlankIsDropped) {
  auto records = Five(0, 101);
  records.push_back(Record(50, 1990, "male", 851, "999999"));
  const Suppression report = SuppressSmallGroups(records, 5);
  // Blanking everything pools it with nobody (the others keep their fields): it goes.
  EXPECT_EQ(report.records_dropped, 1);
  EXPECT_EQ(records.size(), 5u);
  for (const auto& r : records) EXPECT_NE(r.pseudonym, "p50");
}

TEST(SmallGroups, ARareForrangGroundIsBlankedAndMarked) {
  auto records = Five(0, 101);
  records[0].forrang_ground = "handicap";
  for (auto& r : records) if (r.pseudonym != "p0") r.forrang_ground = std::nullopt;
  auto common = Five(10, 147);
  for (auto& r : common) r.forrang_ground = "elite";
  records.insert(records.end(), common.begin(), common.end());
  const Suppression report = SuppressSmallGroups(records, 5);
  EXPECT_EQ(report.grounds_blanked, 1);
  EXPECT_FALSE(records[0].forrang_ground.has_value());
  EXPECT_TRUE(records[0].forrang_suppressed);
  EXPECT_EQ(records[5].forrang_ground, "elite");  // five share it
}

}  // namespace
}  // namespace optagelse::statistics
