// The wire format: round trips, and bad JSON answered with a problem instead of an abort.
#include <gtest/gtest.h>

#include "allocation_test_support.h"

#include "wire/allocation_wire.h"
#include "wire/cpr_wire.h"
#include "wire/health_wire.h"
#include "wire/problem_wire.h"

namespace optagelse::wire {
namespace {

TEST(HealthWire, RoundTrips) {
  const HealthReport report{"optagelse", "0.1.0", 2, "ok", 3, 1200, 40, 900, 120, 7, 1};
  const auto text = Dump(HealthToJson(report));
  const auto parsed = ParseJson(text);
  ASSERT_TRUE(parsed.has_value());
  const auto decoded = HealthFromJson(*parsed);
  ASSERT_TRUE(decoded.has_value()) << static_cast<int>(decoded.error().code);
  EXPECT_EQ(*decoded, report);
}

TEST(HealthWire, NamesTheMissingOrMistypedField) {
  auto missing = HealthFromJson(*ParseJson(R"({"service":"optagelse","version":"1"})"));
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code, ErrorCode::kMissingField);
  EXPECT_EQ(missing.error().field, "database");

  auto mistyped = HealthFromJson(*ParseJson(
      R"({"service":"optagelse","version":"1","database":{"status":"ok","schema_version":"3","persons":1,"institutions":1}})"));
  ASSERT_FALSE(mistyped.has_value());
  EXPECT_EQ(mistyped.error().code, ErrorCode::kWrongFieldType);
  EXPECT_EQ(mistyped.error().field, "schema_version");

  auto not_object = HealthFromJson(*ParseJson("[1,2]"));
  ASSERT_FALSE(not_object.has_value());
  EXPECT_EQ(not_object.error().code, ErrorCode::kWrongFieldType);
}

TEST(Json, InvalidAndTooDeepDocumentsAreProblemsNotCrashes) {
  EXPECT_EQ(ParseJson("{").error().code, ErrorCode::kInvalidJson);
  EXPECT_EQ(ParseJson("").error().code, ErrorCode::kInvalidJson);
  EXPECT_EQ(ParseJson("{\"a\": \"\xff\"}").error().code, ErrorCode::kInvalidJson);
  const std::string deep(100000, '[');
  EXPECT_EQ(ParseJson(deep).error().code, ErrorCode::kInvalidJson);
  EXPECT_TRUE(ParseJson(std::string(10, '[') + std::string(10, ']')).has_value());
  EXPECT_TRUE(ParseJson(R"({"a":"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["})").has_value());
}

// Found by tests/fuzz/allocation_input_fuzz: a misspelt member was ignored (an applicant with
// "7ishes" had no wishes), and an input without a rule year was written back as the unreadable "0".
TEST(Json, AnIntegerTooLongForItsFieldIsTheWrongTypeNotMissing) {
  const auto read = [](std::string_view text) { return RequiredInteger(*ParseJson(text), "version"); };
  EXPECT_EQ(*read(R"({"version": 7})"), 7);
  EXPECT_EQ(*read(R"({"version": -9223372036854775808})"), INT64_MIN);
  EXPECT_EQ(read(R"({})").error().code, ErrorCode::kMissingField);
  EXPECT_EQ(read(R"({"version": null})").error().code, ErrorCode::kMissingField);
  for (const char* text : {R"({"version": 123456789012345678901234567890})", R"({"version": 18446744073709551615})",
                           R"({"version": 1.5})", R"({"version": "7"})"}) {
    SCOPED_TRACE(text);
    EXPECT_EQ(read(text).error().code, ErrorCode::kWrongFieldType);
    EXPECT_EQ(read(text).error().field, "version");
    EXPECT_EQ(read(text).error().detail, "integer");
  }
}

TEST(AllocationWire, RefusesUnknownMembersAndRoundTripsAMissingRuleYear) {
  const char* misspelt = R"({"programmes": [], "applicants": [{"id": "a1", "7ishes": []}]})";
  const auto refused = AllocationInputFromJson(*ParseJson(misspelt));
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "applicants[0].7ishes");
  EXPECT_FALSE(AllocationInputFromJson(*ParseJson(R"({"programmes": [], "applicants": [], "rule_set": "0999"})")));

  const auto no_year = AllocationInputFromJson(*ParseJson(R"({"programmes": [], "applicants": []})"));
  ASSERT_TRUE(no_year);
  const Json written = AllocationInputToJson(*no_year);
  EXPECT_TRUE(written["rule_set"].is_null());
  const auto again = AllocationInputFromJson(written);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->rule_year, 0);
}

// The streaming writers write what the trees would: the same bytes, for inputs with every optional
// field (lottery ties, income groups, zones, forrang) and results with and without explanations.
TEST(AllocationWire, StreamingWritersMatchTheTrees) {
  for (const std::uint64_t seed : {1u, 2u, 3u}) {
    allocation::AllocationInput input = allocation::testing::RandomInstance(seed, 40, 6, seed == 2);
    input.rule_year = 2023;
    allocation::AddTravel(input, input.applicants[0], "I\"0", 3);  // a key that needs escaping
    std::string streamed;
    WriteAllocationInput(input, streamed);
    EXPECT_EQ(streamed, Dump(AllocationInputToJson(input)));
    allocation::AllocationRules rules;
    if (seed == 2) rules.income_model = allocation::IncomeModel::kLaw880;
    input.applicants[0].travel.pop_back();
    const auto result = allocation::Allocate(input, rules);
    ASSERT_TRUE(result.has_value());
    for (const bool explain : {false, true}) {
      std::string written;
      WriteAllocationResult(*result, explain, TextLanguages::kBoth, written);
      EXPECT_EQ(written, Dump(AllocationResultToJson(*result, explain, TextLanguages::kBoth))) << explain;
    }
  }
}

TEST(ProblemWire, CarriesCodeNameFieldAndBothLanguages) {
  const Json json = ProblemToJson(MakeError(ErrorCode::kCprWrongLength, "cpr", "9"));
  EXPECT_EQ(json["code"], 2001);
  EXPECT_EQ(json["name"], "cpr_wrong_length");
  EXPECT_EQ(json["field"], "cpr");
  EXPECT_EQ(json["severity"], "error");
  EXPECT_NE(json["message"]["da"].get<std::string>().find("9 tegn"), std::string::npos);
  EXPECT_NE(json["message"]["en"].get<std::string>().find("9 characters"), std::string::npos);
  const auto back = ProblemFromJson(json);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(*back, MakeError(ErrorCode::kCprWrongLength, "cpr", "9"));
}

TEST(CprWire, HasTheCommandLineShape) {
  const Json json = CprCheckToJson(" 010190-1234", cpr::CheckCpr(" 010190-1234"));
  EXPECT_EQ(json["input"], " 010190-1234");
  EXPECT_EQ(json["normalized"], "0101901234");
  EXPECT_EQ(json["status"], "valid-format");
  EXPECT_TRUE(json["reason"].is_null());
  EXPECT_EQ(json["birth_date"], "1990-01-01");
  EXPECT_EQ(json["sex"], "female");
  EXPECT_EQ(json["mod11"], false);
  ASSERT_EQ(json["problems"].size(), 1u);
  EXPECT_EQ(json["problems"][0]["severity"], "warning");

  const Json bad = CprCheckToJson("12", cpr::CheckCpr("12"));
  EXPECT_EQ(bad["status"], "malformed");
  EXPECT_EQ(bad["reason"], "cpr_wrong_length");
  EXPECT_TRUE(bad["normalized"].is_null());
  EXPECT_TRUE(bad["birth_date"].is_null());
  EXPECT_TRUE(bad["sex"].is_null());
  EXPECT_TRUE(bad["mod11"].is_null());
}

}  // namespace
}  // namespace optagelse::wire
