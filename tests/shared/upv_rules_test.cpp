// Rule sets: every embedded file loads and validates; broken ones are refused naming the field;
// exact decimal rounding (no floating point) and the grade scale.
#include <gtest/gtest.h>

#include "allocation/allocation_rules.h"
#include "calendar/date.h"
#include "upv/decimal.h"
#include "upv/grade_scale.h"
#include "wire/embedded_rules.h"
#include "wire/json.h"
#include "wire/rule_catalog.h"
#include "wire/rule_set_wire.h"
#include "wire/upv_wire.h"

namespace optagelse::upv {
namespace {

TEST(UpvRules, EveryEmbeddedYearLoads) {
  const auto catalog = wire::RuleCatalog::FromEmbedded();
  ASSERT_TRUE(catalog.has_value()) << catalog.error().field << " " << catalog.error().detail;
  EXPECT_EQ(catalog->Years(), (std::vector<int>{2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027}));
  EXPECT_TRUE((*catalog->ForYear(2023))->has_upv);
  EXPECT_TRUE((*catalog->ForYear(2024))->has_upv);  // abolished from the school year 2024/25: admission 2025
  EXPECT_FALSE((*catalog->ForYear(2025))->has_upv);
  EXPECT_EQ(catalog->ForYear(2018).error().code, ErrorCode::kUnknownRuleYear);
}

// Every rule set names the pages it rests on - title, address, the day they were read - and says
// where the sources are silent or the file simplifies (docs/domain.md).
TEST(UpvRules, EveryFileNamesItsSourcesAndWhatIsUncertain) {
  for (const wire::EmbeddedRuleFile& file : wire::EmbeddedRuleFiles()) {
    const auto json = wire::ParseJson(file.text);
    ASSERT_TRUE(json.has_value()) << file.name;
    const wire::Json& source = (*json)["source"];
    ASSERT_TRUE(source.is_object()) << file.name;
    EXPECT_TRUE(source["summary"].is_string() && !source["summary"].get<std::string>().empty()) << file.name;
    ASSERT_TRUE(source["pages"].is_array() && !source["pages"].empty()) << file.name;
    for (const wire::Json& page : source["pages"]) {
      EXPECT_TRUE(page["title"].is_string() && !page["title"].get<std::string>().empty()) << file.name;
      EXPECT_EQ(page["url"].get<std::string>().rfind("http", 0), 0u) << file.name;
      EXPECT_TRUE(ParseIsoDate(page["read"].get<std::string>()).has_value()) << file.name;
    }
    ASSERT_TRUE(source["uncertain"].is_array() && !source["uncertain"].empty()) << file.name;
  }
}

std::string ValidText() { return std::string(wire::EmbeddedRuleFiles()[4].text); }  // 2023.json

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  const auto at = text.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return text.replace(at, from.size(), to);
}

// The rule-set format can say that grounds rank equally (docs/domain.md "Allocation"): an array in the list.
TEST(UpvRules, ForrangGroundsCanRankEqually) {
  const std::string grouped = Replace(ValidText(), "\"s61\",\n      \"handicap\",", R"(["s61", "handicap"],)");
  const auto rules = wire::RuleSetFromJson(*wire::ParseJson(grouped));
  ASSERT_TRUE(rules.has_value()) << rules.error().field << " " << rules.error().detail;
  const auto& allocation = rules->allocation;
  EXPECT_EQ(allocation::ForrangTier(allocation, "asf"), 0);
  EXPECT_EQ(allocation::ForrangTier(allocation, "s61"), 1);
  EXPECT_EQ(allocation::ForrangTier(allocation, "handicap"), 1);
  EXPECT_EQ(allocation::ForrangTier(allocation, "boarding"), 2);
  EXPECT_EQ(allocation::ForrangTierName(allocation, 1), "s61/handicap");
  const auto empty_group = wire::RuleSetFromJson(*wire::ParseJson(Replace(ValidText(), R"("boarding",)", "[],")));
  ASSERT_FALSE(empty_group.has_value());
  EXPECT_EQ(empty_group.error().field, "allocation.forrang_tiers");
}

struct BrokenCase {
  const char* name;
  std::string from;
  std::string to;
  std::string field;
};

class BrokenRules : public ::testing::TestWithParam<BrokenCase> {};

TEST_P(BrokenRules, AreRefusedNamingTheField) {
  const auto rules = wire::RuleSetFromText(Replace(ValidText(), GetParam().from, GetParam().to));
  ASSERT_FALSE(rules.has_value());
  EXPECT_EQ(rules.error().code, ErrorCode::kRuleSetInvalid);
  EXPECT_EQ(rules.error().field, GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, BrokenRules,
    ::testing::Values(BrokenCase{"format", "optagelse-rules-1", "optagelse-rules-0", "format"},
                      BrokenCase{"comma_decimal", "\"min\": \"4.0\"", "\"min\": \"4,0\"", "requirements[0].min"},
                      BrokenCase{"number_threshold", "\"min\": \"4.0\"", "\"min\": 4.0", "requirements[0].min"},
                      BrokenCase{"unknown_track", "\"track\": \"eud\"", "\"track\": \"stx\"", "requirements[0].track"},
                      BrokenCase{"rounding_mode", "\"half_up\"", "\"bankers\"", "rounding.mode"},
                      BrokenCase{"rising_bands", "\"min\": \"3.0\"", "\"min\": \"1.0\"", "right_to_place.gym.when_ready"},
                      BrokenCase{"misspelt_key", "\"min\": \"4.0\"", "\"minimum\": \"4.0\"", "requirements[0].minimum"},
                      BrokenCase{"unknown_top_level", "\"upv\": true", "\"upv\": true, \"upv_v2\": 1", "upv_v2"},
                      BrokenCase{"level_without_requirement", "\"grade_levels\": [\n    8,", "\"grade_levels\": [\n    7,",
                                 "grade_levels"},
                      // Written Danish's parts must weigh 100 % together (here 25 + 25 + 40).
                      BrokenCase{"part_weights", "\"weight\": \"0.50\"", "\"weight\": \"0.40\"", "exam_parts[0].weight"},
                      BrokenCase{"part_misspelt", "\"exam\": \"dansk_skriftlig\"", "\"exams\": \"dansk_skriftlig\"",
                                 "exam_parts[0].exams"},
                      BrokenCase{"subject_band_without_min", "\"min\": \"2.0\",\n              \"outcome\": \"right_to_place\"",
                                 "\"outcome\": \"right_to_place\"", "right_to_place.hf.when_ready"},
                      BrokenCase{"two_hf_tables_for_grade_9", "\"grade_levels\": [\n            10\n          ]",
                                 "\"grade_levels\": [\n            9\n          ]", "right_to_place.hf.grade_levels"}),
    [](const ::testing::TestParamInfo<BrokenCase>& info) { return info.param.name; });

TEST(UpvRules, CatalogNamesTheBrokenFile) {
  const std::string broken = Replace(ValidText(), "\"half_up\"", "\"bankers\"");
  const wire::EmbeddedRuleFile files[] = {{"2023.json", broken}};
  const auto catalog = wire::RuleCatalog::FromFiles(files);
  ASSERT_FALSE(catalog.has_value());
  EXPECT_EQ(catalog.error().field, "2023.json: rounding.mode");
  const wire::EmbeddedRuleFile misnamed[] = {{"2030.json", wire::EmbeddedRuleFiles()[4].text}};
  EXPECT_EQ(wire::RuleCatalog::FromFiles(misnamed).error().code, ErrorCode::kRuleSetInvalid);
}

TEST(UpvDecimal, HalfUpInIntegers) {
  const Rounding one_decimal;
  EXPECT_EQ(RoundedAverage(99, 20, one_decimal), 5000);   // 4.95
  EXPECT_EQ(RoundedAverage(247, 50, one_decimal), 4900);  // 4.94
  EXPECT_EQ(RoundedAverage(-49, 20, one_decimal), -2400); // -2.45: a tie goes up
  EXPECT_EQ(RoundedAverage(-3, 1, one_decimal), -3000);
  EXPECT_EQ(RoundedAverage(99, 20, Rounding{1, RoundingMode::kTruncate}), 4900);
  EXPECT_EQ(RoundedAverage(99, 20, Rounding{2, RoundingMode::kHalfUp}), 4950);
  EXPECT_EQ(RoundedAverage(2, 3, Rounding{0, RoundingMode::kHalfUp}), 1000);
  EXPECT_EQ(SmallestSumReaching(5000, 20, one_decimal), 99);
  EXPECT_EQ(SmallestSumReaching(2000, 1, one_decimal), 2);
  EXPECT_EQ(SmallestSumReaching(-3000, 2, one_decimal), -6);
}

TEST(UpvDecimal, TextAndParsing) {
  EXPECT_EQ(FormatMilli(1500, 1, Language::kDanish), "1,5");
  EXPECT_EQ(FormatMilli(1500, 1, Language::kEnglish), "1.5");
  EXPECT_EQ(FormatMilli(-2400, 1, Language::kEnglish), "-2.4");
  EXPECT_EQ(FormatMilli(12000, 0, Language::kEnglish), "12");
  EXPECT_EQ(ParseMilli("4.0"), 4000);
  EXPECT_EQ(ParseMilli("-3.25"), -3250);
  EXPECT_EQ(ParseMilli("12"), 12000);
  for (const char* bad : {"", "4,0", "4.", ".5", "4.0001", "x", "--1"}) EXPECT_FALSE(ParseMilli(bad).has_value()) << bad;
}

TEST(UpvGradeScale, OnlySevenValuesAreGrades) {
  EXPECT_EQ(ParseGrade("02"), 2);
  EXPECT_EQ(ParseGrade("00"), 0);
  EXPECT_EQ(ParseGrade("-3"), -3);
  for (const char* bad : {"1", "5", "13", "03", "B", "", " 4"}) EXPECT_FALSE(ParseGrade(bad).has_value()) << bad;
  EXPECT_EQ(StepUp(2), 4);
  EXPECT_FALSE(StepUp(12).has_value());
  EXPECT_EQ(FormatGrade(0), "00");
}

TEST(UpvWire, InputFromJsonAcceptsSpellingsAndNamesBadSubjects) {
  const auto json = wire::ParseJson(
      R"({"id": 7, "grade_level": 9, "standpunkt": {"Dansk": ["02", 4], "matematik": 7}, "personal": true})");
  const auto input = wire::UpvInputFromJson(*json);
  ASSERT_TRUE(input.has_value());
  EXPECT_EQ(input->id, "7");
  EXPECT_EQ(input->standpunkt[0].subject, "dansk");
  EXPECT_EQ(input->standpunkt[0].grades, (std::vector<int>{2, 4}));
  EXPECT_EQ(input->standpunkt[1].grades, (std::vector<int>{7}));
  EXPECT_EQ(input->personal, true);
  EXPECT_FALSE(input->social.has_value());
  const auto round_trip = wire::UpvInputFromJson(wire::UpvInputToJson(*input));
  EXPECT_EQ(*round_trip, *input);

  const auto bad = wire::UpvInputFromJson(*wire::ParseJson(R"({"grade_level": 9, "standpunkt": {"matematik": ["B"]}})"));
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kUpvInvalidGrade);
  EXPECT_EQ(bad.error().field, "standpunkt.matematik");
  const auto fraction = wire::UpvInputFromJson(*wire::ParseJson(R"({"grade_level": 9, "standpunkt": {"dansk": [2.5]}})"));
  EXPECT_EQ(fraction.error().code, ErrorCode::kUpvInvalidGrade);
  const auto no_level = wire::UpvInputFromJson(*wire::ParseJson(R"({"standpunkt": {}})"));
  EXPECT_EQ(no_level.error().code, ErrorCode::kMissingField);
  EXPECT_EQ(no_level.error().field, "grade_level");
}

}  // namespace
}  // namespace optagelse::upv
