// The allocation, hand-made cases: forrang first, rank before minutes, 4th and later wishes equal,
// minutes then the lottery (ties by id), the nearest-seat round within 45 minutes and the nearest
// provider beyond it, the region's list, income shares (law 880), explanations, the published
// lottery generator, input validation and the stability checker catching a bad placement.
#include <gtest/gtest.h>

#include "allocation/explanation.h"
#include "allocation/income_quotas.h"
#include "allocation/lottery.h"
#include "allocation_test_support.h"
#include "wire/rule_catalog.h"

namespace optagelse::allocation {
namespace {

using testing::MakeApplicant;
using testing::SetApplicants;
using testing::MakeOffer;

struct Run {
  AllocationInput input;
  AllocationRules rules;
  AllocationResult result;
  // The offer id an applicant got, or "" when on the region's list.
  std::string PlaceOf(const std::string& applicant) const {
    for (std::size_t a = 0; a < input.applicants.size(); ++a) {
      if (input.applicants[a].id != applicant) continue;
      const auto& offer = result.placements[a].offer;
      return offer ? input.offers[*offer].id : "";
    }
    return "?";
  }
  const Placement& PlacementOf(const std::string& applicant) const {
    for (std::size_t a = 0; a < input.applicants.size(); ++a) {
      if (input.applicants[a].id == applicant) return result.placements[a];
    }
    return result.placements.front();
  }
};

// Run owns the input the result points into: allocate in place.
std::unique_ptr<Run> Allocated(AllocationInput input, AllocationRules rules = {}) {
  auto run = std::make_unique<Run>();
  run->input = std::move(input);
  run->rules = rules;
  auto result = Allocate(run->input, run->rules);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().front().field);
  if (result) run->result = std::move(*result);
  EXPECT_TRUE(run->result.stable());
  return run;
}

TEST(Allocation, GrantedForrangGoesFirst) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "101001", "stx", 1)};
  SetApplicants(input, {MakeApplicant("near", {{"X", ""}}, {{"101001", 5}}, 0.1),
                      MakeApplicant("elite", {{"X", "elite"}}, {{"101001", 44}}, 0.9)});
  const auto run = Allocated(input);
  EXPECT_EQ(run->PlaceOf("elite"), "X");
  EXPECT_EQ(run->PlaceOf("near"), "");
  EXPECT_EQ(run->PlacementOf("near").unplaced_reason, ErrorCode::kAllocationNoSeatWithinReach);
}

// Before admission year 2023 there was no national allocation (docs/domain.md "Allocation"): the
// rule sets of 2019-2022 say so, and the engine refuses rather than run the 2023 model on them.
TEST(Allocation, YearsBeforeTheNationalAllocationAreRefused) {
  const auto catalog = wire::RuleCatalog::FromEmbedded();
  ASSERT_TRUE(catalog.has_value());
  AllocationInput input;
  input.offers = {MakeOffer("X", "101001", "stx", 1)};
  SetApplicants(input, {MakeApplicant("a", {{"X", ""}}, {{"101001", 5}}, 0.1)});
  for (const int year : catalog->Years()) {
    input.rule_year = year;
    const auto result = Allocate(input, (*catalog->ForYear(year))->allocation);
    if (year < 2023) {
      ASSERT_FALSE(result.has_value()) << year;
      EXPECT_EQ(result.error().front().code, ErrorCode::kAllocationNoCentralModel) << year;
      EXPECT_EQ(result.error().front().detail, std::to_string(year));
    } else {
      EXPECT_TRUE(result.has_value()) << year;
    }
  }
}

// Grounds the rules rank equally compete by rank and minutes, like applicants without forrang.
TEST(Allocation, ForrangGroundsRankedEquallyGoByMinutes) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "101001", "stx", 1)};
  SetApplicants(input, {MakeApplicant("s61", {{"X", "s61"}}, {{"101001", 30}}, 0.1),
                      MakeApplicant("handicap", {{"X", "handicap"}}, {{"101001", 10}}, 0.9)});
  AllocationRules strict;
  EXPECT_EQ(Allocated(input, strict)->PlaceOf("s61"), "X");  // s61 is tier 1, handicap tier 2
  AllocationRules equal;
  equal.forrang_tier_of = {0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9};  // s61 and handicap share tier 1
  const auto run = Allocated(input, equal);
  EXPECT_EQ(run->PlaceOf("handicap"), "X");  // 10 minutes against 30
  EXPECT_EQ(ForrangTierName(equal, 1), "s61/handicap");
}

TEST(Allocation, RankComesBeforeMinutesAndFourthAndLaterAreEqual) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "1", "stx", 1), MakeOffer("Y", "2", "stx", 1), MakeOffer("F1", "3", "hhx", 0),
                  MakeOffer("F2", "4", "hhx", 0), MakeOffer("F3", "5", "hhx", 0), MakeOffer("F4", "6", "hhx", 0)};
  // X: "second" ranks it 2nd and lives nearer; "first" ranks it 1st and wins.
  // Y: "fourth" ranks it 4th (10 min), "fifth" 5th (5 min): equal rank, so the nearer wins.
  SetApplicants(input, {MakeApplicant("second", {{"F1", ""}, {"X", ""}}, {{"1", 5}}, 0.1),
                      MakeApplicant("first", {{"X", ""}}, {{"1", 40}}, 0.9),
                      MakeApplicant("fourth", {{"F1", ""}, {"F2", ""}, {"F3", ""}, {"Y", ""}}, {{"2", 10}}, 0.1),
                      MakeApplicant("fifth", {{"F1", ""}, {"F2", ""}, {"F3", ""}, {"F4", ""}, {"Y", ""}}, {{"2", 5}}, 0.9)});
  const auto run = Allocated(input);
  EXPECT_EQ(run->PlaceOf("first"), "X");
  EXPECT_EQ(run->PlaceOf("fifth"), "Y");
  EXPECT_EQ(run->PlacementOf("fifth").wish_rank, 5);
}

TEST(Allocation, SameRankAndMinutesGoesByLotteryThenId) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "1", "stx", 1), MakeOffer("Y", "2", "stx", 1)};
  SetApplicants(input, {MakeApplicant("b", {{"X", ""}}, {{"1", 20}}, 0.3), MakeApplicant("a", {{"X", ""}}, {{"1", 20}}, 0.7),
                      MakeApplicant("d", {{"Y", ""}}, {{"2", 20}}, 0.5), MakeApplicant("c", {{"Y", ""}}, {{"2", 20}}, 0.5)});
  const auto run = Allocated(input);
  EXPECT_EQ(run->PlaceOf("b"), "X");  // the lower number
  EXPECT_EQ(run->PlaceOf("c"), "Y");  // equal numbers: "c" before "d"
}

TEST(Allocation, NearestFreeSeatWithinTheLimitThenTheRegionsList) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "100", "stx", 1), MakeOffer("Near", "200", "stx", 1), MakeOffer("Nearer", "150", "stx", 1),
                  MakeOffer("Far", "300", "stx", 5)};
  SetApplicants(input, {MakeApplicant("winner", {{"X", ""}}, {{"100", 5}}, 0.1),
                      MakeApplicant("loser1", {{"X", ""}}, {{"100", 10}, {"200", 30}, {"150", 20}, {"300", 50}}, 0.2),
                      MakeApplicant("loser2", {{"X", ""}}, {{"100", 10}, {"200", 30}, {"150", 20}, {"300", 50}}, 0.3),
                      MakeApplicant("loser3", {{"X", ""}}, {{"100", 10}, {"200", 30}, {"150", 20}, {"300", 50}}, 0.4),
                      MakeApplicant("nothing", {}, {}, 0.5)});
  const auto run = Allocated(input);
  EXPECT_EQ(run->PlaceOf("loser1"), "Nearer");
  EXPECT_EQ(run->PlacementOf("loser1").via, Via::kNearest);
  EXPECT_EQ(run->PlaceOf("loser2"), "Near");
  EXPECT_EQ(run->PlaceOf("loser3"), "");  // Far is 50 minutes away: beyond the 45-minute limit
  EXPECT_EQ(run->PlacementOf("loser3").unplaced_reason, ErrorCode::kAllocationNoSeatWithinReach);
  EXPECT_EQ(run->PlacementOf("nothing").unplaced_reason, ErrorCode::kAllocationNoWishes);
  AllocationRules wider;
  wider.nearest_seat_minutes = 60;
  EXPECT_EQ(Allocated(input, wider)->PlaceOf("loser3"), "Far");
}

TEST(Allocation, WhenNoProviderIsWithinTheLimitTheNearestCounts) {
  AllocationInput input;
  input.offers = {MakeOffer("Q", "10", "hhx", 0), MakeOffer("R", "20", "hhx", 1), MakeOffer("S", "30", "hhx", 1)};
  SetApplicants(input, {MakeApplicant("remote", {{"Q", ""}}, {{"10", 80}, {"20", 75}, {"30", 90}}, 0.1)});
  const auto run = Allocated(input);
  EXPECT_EQ(run->PlaceOf("remote"), "R");
  EXPECT_EQ(run->PlacementOf("remote").via, Via::kOnlyProvider);
  EXPECT_EQ(run->PlacementOf("remote").minutes, 75);
}

TEST(Allocation, LargestRemainderSplitsSeats) {
  EXPECT_EQ(LargestRemainder(10, {5, 3, 2}), (std::vector<int>{5, 3, 2}));
  EXPECT_EQ(LargestRemainder(7, {1, 1, 1}), (std::vector<int>{3, 2, 2}));
  EXPECT_EQ(LargestRemainder(5, {0, 0, 0}), (std::vector<int>{2, 2, 1}));
  EXPECT_EQ(LargestRemainder(84, {10, 20, 30}), (std::vector<int>{14, 28, 42}));
  EXPECT_EQ(LargestRemainder(0, {3, 1, 0}), (std::vector<int>{0, 0, 0}));
}

TEST(Allocation, IncomeGroupsCompeteOnlyForTheirShareUnderLaw880) {
  AllocationInput input;
  input.zones = {{"cph", ZoneKind::kDistribution}};
  input.offers = {MakeOffer("X", "1", "stx", 2, "cph")};
  auto low = MakeApplicant("low", {{"X", ""}}, {{"1", 40}}, 0.9);
  low.applicant.income = IncomeGroup::kLow;
  auto high_near = MakeApplicant("high_near", {{"X", ""}}, {{"1", 5}}, 0.5);
  high_near.applicant.income = IncomeGroup::kHigh;
  auto high_far = MakeApplicant("high_far", {{"X", ""}}, {{"1", 10}}, 0.1);
  high_far.applicant.income = IncomeGroup::kHigh;
  SetApplicants(input, {low, high_near, high_far});
  AllocationRules law880;
  law880.income_model = IncomeModel::kLaw880;
  // Mix of 1st wishes: 1 low, 2 high -> seats low 1 (0.67 -> 1 by remainder), high 1 (1.33).
  const auto run = Allocated(input, law880);
  EXPECT_EQ(run->PlaceOf("low"), "X");
  EXPECT_EQ(run->PlaceOf("high_near"), "X");
  EXPECT_EQ(run->PlaceOf("high_far"), "");
  // Without the income model the two nearest win.
  const auto plain = Allocated(input);
  EXPECT_EQ(plain->PlaceOf("high_far"), "X");
  EXPECT_EQ(plain->PlaceOf("low"), "");
}

TEST(Allocation, ExplanationsNameTheFirstDifference) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "1", "stx", 1), MakeOffer("Y", "2", "hhx", 1)};
  SetApplicants(input, {MakeApplicant("ranked_second", {{"Y", ""}, {"X", ""}}, {{"1", 5}, {"2", 5}}, 0.1),
                      MakeApplicant("y_first", {{"Y", "elite"}}, {{"2", 50}}, 0.9),
                      MakeApplicant("x_first", {{"X", ""}}, {{"1", 24}}, 0.8),
                      MakeApplicant("x_far", {{"X", ""}}, {{"1", 31}}, 0.2)});
  const auto run = Allocated(input);
  const auto explain = [&](std::size_t applicant, std::size_t wish, Language language) {
    const auto wishes = ExplainApplicant(run->result, applicant);
    return DescribeWish(run->result, applicant, wishes.at(wish), language);
  };
  EXPECT_EQ(explain(0, 0, Language::kEnglish), "Every seat went to applicants with priority rights (elite).");
  EXPECT_EQ(explain(0, 1, Language::kDanish), "Du satte den som 2. prioritet; den sidst optagne havde den som 1. prioritet.");
  EXPECT_EQ(explain(3, 0, Language::kEnglish),
            "You ranked it as your 1st wish and live 31 minutes away; the last admitted with the same rank lives 24 minutes away.");
  EXPECT_EQ(explain(2, 0, Language::kDanish), "Du fik plads her (din 1. prioritet).");
  EXPECT_EQ(DescribePlacement(run->result, 2, Language::kEnglish), "X: your wish no. 1.");
}

TEST(Allocation, TheLotteryIsThePublishedGenerator) {
  // Pinned: the documented generator must give these numbers on every machine and in the browser.
  EXPECT_DOUBLE_EQ(DrawLottery(42, "a1"), 0.12879966402409615);
  EXPECT_NE(DrawLottery(43, "a1"), DrawLottery(42, "a1"));
  EXPECT_EQ(LotteryRanks({0.5, 0.2, 0.5}, {"b", "z", "a"}), (std::vector<std::uint32_t>{2, 0, 1}));
}

TEST(Allocation, InvalidInputIsRefusedNamingEveryPath) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "1", "stx", -2), MakeOffer("X", "1", "hhx", 1)};
  SetApplicants(input, {MakeApplicant("a", {{"X", ""}, {"X", "elite"}, {"nope", ""}}, {{"1", -5}}, 1.5),
                      MakeApplicant("b", {{"X", "astrology"}}, {}, 0.5)});
  const auto result = Allocate(input, AllocationRules{});
  ASSERT_FALSE(result.has_value());
  std::vector<std::pair<ErrorCode, std::string>> got;
  for (const Problem& problem : result.error()) got.emplace_back(problem.code, problem.field);
  const std::vector<std::pair<ErrorCode, std::string>> expected = {
      {ErrorCode::kAllocationInvalidCapacity, "programmes[0].capacity"},
      {ErrorCode::kDuplicateValue, "programmes[1].id"},
      {ErrorCode::kAllocationInvalidLottery, "applicants[0].lottery"},
      {ErrorCode::kDuplicateValue, "applicants[0].wishes[1].programme"},
      {ErrorCode::kAllocationForrangNotAllowed, "applicants[0].wishes[1].forrang"},
      {ErrorCode::kUnknownReference, "applicants[0].wishes[2].programme"},
      {ErrorCode::kAllocationInvalidMinutes, "applicants[0].travel_minutes.1"},
      {ErrorCode::kAllocationUnknownForrang, "applicants[1].wishes[0].forrang"}};
  EXPECT_EQ(got, expected);
}

TEST(Allocation, TheStabilityCheckerCatchesABadPlacement) {
  AllocationInput input;
  input.offers = {MakeOffer("X", "1", "stx", 1), MakeOffer("Y", "2", "stx", 1)};
  SetApplicants(input, {MakeApplicant("a", {{"X", ""}, {"Y", ""}}, {{"1", 5}, {"2", 5}}, 0.1),
                      MakeApplicant("b", {{"X", ""}, {"Y", ""}}, {{"1", 9}, {"2", 9}}, 0.2)});
  const auto run = Allocated(input);
  EXPECT_EQ(run->PlaceOf("a"), "X");
  std::vector<Placement> swapped = run->result.placements;
  std::swap(swapped[0], swapped[1]);
  swapped[0].wish_rank = 2;
  swapped[1].wish_rank = 1;
  EXPECT_FALSE(CheckStability(run->result.instance, swapped).empty());
  swapped[1] = Placement{};  // b on the list while Y... is free
  EXPECT_FALSE(CheckStability(run->result.instance, swapped).empty());
}

}  // namespace
}  // namespace optagelse::allocation
