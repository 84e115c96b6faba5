// The one-pass simdjson reader against the tree reader (natively and in WebAssembly): the same
// inputs, the same allocations, and for every malformed document the same Problem - because the
// fast reader hands over rather than judging. Each malformed case also says whether the fast reader
// takes it.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "allocation_test_support.h"
#include "wire/allocation_wire.h"
#include "wire/json.h"
#include "wire_simd/allocation_input_reader.h"

namespace optagelse::wire {
namespace {

std::string Written(const allocation::AllocationInput& input) {
  std::string text;
  WriteAllocationInput(input, text);
  return text;
}

Result<allocation::AllocationInput> TreeRead(const std::string& text) {
  auto json = ParseJson(text);
  if (!json) return Fail(json.error());
  return AllocationInputFromJson(*json);
}

TEST(AllocationReader, ReadsWhatTheWriterWritesAsTheTreeReaderDoes) {
  for (const std::uint64_t seed : {1u, 2u, 3u, 4u, 5u}) {
    allocation::AllocationInput input = allocation::testing::RandomInstance(seed, 60, 8, seed % 2 == 0);
    input.rule_year = 2023;
    std::string text = Written(input);
    const auto tree = TreeRead(text);
    ASSERT_TRUE(tree.has_value());
    const auto fast = ReadAllocationInputFast(text);
    ASSERT_TRUE(fast.has_value()) << "seed " << seed;
    EXPECT_EQ(Written(*fast), Written(*tree));
    EXPECT_EQ(fast->institutions, tree->institutions);
    // And the same allocation, to the byte.
    allocation::AllocationRules rules;
    if (seed % 2 == 0) rules.income_model = allocation::IncomeModel::kLaw880;
    const auto from_fast = allocation::Allocate(*fast, rules);
    const auto from_tree = allocation::Allocate(*tree, rules);
    ASSERT_EQ(from_fast.has_value(), from_tree.has_value());
    if (!from_fast) continue;
    std::string a, b;
    WriteAllocationResult(*from_fast, true, TextLanguages::kBoth, a);
    WriteAllocationResult(*from_tree, true, TextLanguages::kBoth, b);
    EXPECT_EQ(a, b);
  }
}

struct Case {
  const char* name;
  const char* text;
  bool fast_takes_it;
};

// Documents a person might write by hand: the answer must be the tree reader's in every case.
const Case kCases[] = {
    {"minimal", R"({"programmes": [], "applicants": []})", true},
    {"integers_as_text", R"({"rule_set": 2023, "seed": 7, "programmes": [{"id": 1, "institution": 101234, "programme": "stx", "capacity": 3}],
        "applicants": [{"id": 5, "wishes": [{"programme": 1}], "travel_minutes": {"101234": 12}}]})", true},
    {"nulls_are_absent", R"({"rule_set": null, "seed": null, "zones": null, "programmes": [{"id": "x", "institution": "1", "programme": "stx",
        "capacity": 1, "zone": null}], "applicants": [{"id": "a", "lottery": null, "income_group": null, "wishes": null, "travel_minutes": null}]})", true},
    {"empty_income", R"({"programmes": [], "applicants": [{"id": "a", "income_group": ""}]})", true},
    {"whitespace_after", "{\"programmes\": [], \"applicants\": []}  \n", true},
    {"syntax_error", R"({"programmes": [], "applicants": [})", false},
    {"trailing_garbage", R"({"programmes": [], "applicants": []} x)", false},
    {"second_document", R"({"programmes": [], "applicants": []} {})", false},
    {"unknown_member", R"({"programmes": [], "applicants": [{"id": "a", "7ishes": []}]})", false},
    {"fraction_capacity", R"({"programmes": [{"id": "x", "institution": "1", "programme": "stx", "capacity": 5.0}], "applicants": []})", false},
    {"minutes_not_a_number", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1": "12"}}]})", false},
    {"minutes_fraction", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1": 12.5}}]})", false},
    {"minutes_negative", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1": -7}}]})", true},
    {"minutes_huge", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1": 99999999999}}]})", true},
    {"minutes_glued", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1": 12x}}]})", false},
    {"escaped_key", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1\u0030": 12}}]})", false},
    {"unsorted_travel", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"2": 5, "1": 9}}]})", false},
    {"repeated_travel", R"({"programmes": [], "applicants": [{"id": "a", "travel_minutes": {"1": 5, "1": 9}}]})", false},
    {"repeated_list", R"({"programmes": [], "applicants": [], "applicants": [{"id": "b"}]})", false},
    {"missing_applicants", R"({"programmes": []})", false},
    {"applicants_null", R"({"programmes": [], "applicants": null})", false},
    {"negative_zero_seed", R"({"seed": -0, "programmes": [], "applicants": []})", false},
    {"bad_year", R"({"rule_set": "0999", "programmes": [], "applicants": []})", false},
    {"bad_zone_kind", R"({"zones": [{"id": "z", "kind": "income"}], "programmes": [], "applicants": []})", false},
    {"not_an_object", R"([1, 2])", false},
    {"bad_utf8", "{\"programmes\": [], \"applicants\": [{\"id\": \"\xff\"}]}", false},
};

class MalformedOrHandWritten : public ::testing::TestWithParam<Case> {};

TEST_P(MalformedOrHandWritten, GetsTheTreeReadersAnswer) {
  std::string text = GetParam().text;
  const auto tree = TreeRead(text);
  std::string for_fast = text;
  EXPECT_EQ(ReadAllocationInputFast(for_fast).has_value(), GetParam().fast_takes_it);
  std::string for_full = text;
  const auto full = ReadAllocationInput(for_full);
  ASSERT_EQ(full.has_value(), tree.has_value());
  if (tree) {
    EXPECT_EQ(Written(*full), Written(*tree));
  } else {
    EXPECT_EQ(full.error().code, tree.error().code);
    EXPECT_EQ(full.error().field, tree.error().field);
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, MalformedOrHandWritten, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) { return info.param.name; });

}  // namespace
}  // namespace optagelse::wire
