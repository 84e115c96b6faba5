// Exam averages as the rules compute them, and hf from grade 10: each row is a cited fact.
// Weights: ug.dk "Beregning af gennemsnit ved folkeskolens afgangseksamen" (written Danish =
// retskrivning 25 % + læsning 25 % + skriftlig fremstilling 50 %; written maths = two parts of 50 %;
// each compulsory exam counts once). hf after grade 10: ready and at least 2.0 in Danish and in
// maths at the exams, otherwise test and talk (Tønder Gymnasium, VUC Klar; docs/domain.md "UPV").
#include <gtest/gtest.h>

#include "upv/counted_grades.h"
#include "upv/what_if.h"
#include "upv_test_support.h"

namespace optagelse::upv {
namespace {

using testing::Ready;
using testing::Rules;

// Written Danish from its three parts, written maths from its two.
std::vector<SubjectGrades> DanishAndMathsInParts(int spelling, int reading, int composition, int maths_without, int maths_with) {
  return {{"dansk_retskrivning", {spelling}},
          {"dansk_laesning", {reading}},
          {"dansk_fremstilling", {composition}},
          {"matematik_uden_hjaelpemidler", {maths_without}},
          {"matematik_med_hjaelpemidler", {maths_with}}};
}

TEST(ExamAverage, WrittenDanishIsTheWeightedMeanOfItsParts) {
  // ug.dk's own example: 7, 4 and 4 give 4.75 in written Danish.
  UpvInput input = Ready(9, {{"dansk", {7}}});
  input.exam = DanishAndMathsInParts(7, 4, 4, 2, 2);
  const std::string written = "dansk_skriftlig";
  const CountedGrades counted = GradesCounting(input, Rules(2025), GradeSource::kExam, &written);
  EXPECT_EQ(counted.whole, 1);
  EXPECT_EQ(counted.WeightedSum(), 4750);
  EXPECT_EQ(counted.Average(Rounding{2, RoundingMode::kHalfUp}), 4750);
}

struct WeightedCase {
  const char* fact;
  int year;
  std::vector<SubjectGrades> exam;
  Track track;
  bool ready;
  std::optional<PlaceOutcome> place;
};

TEST(ExamAverage, WeightingDecidesWhereAPlainMeanWouldNot) {
  std::vector<SubjectGrades> eud_parts = DanishAndMathsInParts(4, 4, 2, 4, 4);
  eud_parts.push_back({"dansk_mundtlig", {0}});
  std::vector<SubjectGrades> gym_parts = DanishAndMathsInParts(12, 12, 0, 2, 2);
  for (const char* whole : {"dansk_mundtlig"}) gym_parts.push_back({whole, {0}});
  gym_parts.push_back({"engelsk_mundtlig", {2}});
  gym_parts.push_back({"naturfag", {2}});
  const WeightedCase rows[] = {
      // Written Danish 0.25*4 + 0.25*4 + 0.5*2 = 3.0, oral 00: Danish 1.5 < 2.0. A plain mean of the
      // four grades would be 2.5 and admit.
      {"2025, EUD, Danish parts 4/4/02 and oral 00: not admissible", 2025, eud_parts, Track::kEud, false, std::nullopt},
      // Five exams 6.0, 00, 2.0, 02, 02: 2.4 -> a right after a guidance talk. A plain mean of the
      // eight grades would be 4.0 and a right outright.
      {"2023, grade 9, ready, exams 12/12/00 in written Danish: 2.4, right after a talk", 2023, gym_parts, Track::kGym, true,
       PlaceOutcome::kRightAfterTalk},
  };
  for (const WeightedCase& row : rows) {
    UpvInput input = Ready(9, {{"dansk", {7}}, {"matematik", {7}}});
    input.exam = row.exam;
    const auto assessment = Assess(input, Rules(row.year));
    ASSERT_TRUE(assessment.has_value()) << row.fact;
    EXPECT_EQ(ForTrack(*assessment, row.track).ready, row.ready) << row.fact;
    EXPECT_EQ(ForTrack(*assessment, row.track).right_to_place, row.place) << row.fact;
  }
}

TEST(ExamAverage, AnExamWithAPartMissingDoesNotCountYet) {
  UpvInput input = Ready(9, {{"dansk", {7}}});
  input.exam = {{"dansk_retskrivning", {12}}, {"dansk_laesning", {12}}, {"dansk_mundtlig", {0}}};
  const auto assessment = Assess(input, Rules(2025));
  ASSERT_TRUE(assessment.has_value());
  // Only the oral exam counts for Danish until skriftlig fremstilling has its grade: 00 < 2.0.
  EXPECT_FALSE(ForTrack(*assessment, Track::kEud).ready);
  const Reason& danish = ForTrack(*assessment, Track::kEud).reasons.at(0);
  EXPECT_EQ(danish.actual, 0);
}

TEST(ExamAverage, AnExamIsGivenWholeOrInPartsNotBoth) {
  UpvInput input = Ready(9, {{"dansk", {7}}});
  input.exam = {{"dansk_skriftlig", {7}}, {"dansk_retskrivning", {4}}};
  const auto whole_and_parts = Assess(input, Rules(2025));
  ASSERT_FALSE(whole_and_parts.has_value());
  EXPECT_EQ(whole_and_parts.error().code, ErrorCode::kUpvExamWholeAndParts);
  EXPECT_EQ(whole_and_parts.error().field, "exam.dansk_skriftlig");

  input.exam = {{"dansk_retskrivning", {4, 7}}};
  const auto two_grades = Assess(input, Rules(2025));
  ASSERT_FALSE(two_grades.has_value());
  EXPECT_EQ(two_grades.error().code, ErrorCode::kUpvTooManyGrades);
  EXPECT_EQ(two_grades.error().field, "exam.dansk_retskrivning");
}

TEST(ExamAverage, ThePathToReadyRaisesAPartByItsWeight) {
  // 2025 EUD: written Danish 4/4/02 (3.0) and oral 00 give 1.5. One step is enough - either the
  // oral exam 00 -> 02 or skriftlig fremstilling 02 -> 4 (+2 at 50 % = +1).
  UpvInput input = Ready(9, {{"dansk", {7}}, {"matematik", {7}}});
  input.exam = DanishAndMathsInParts(4, 4, 2, 4, 4);
  input.exam.push_back({"dansk_mundtlig", {0}});
  const PathToReady path = SmallestPathToReady(input, Rules(2025), Track::kEud);
  ASSERT_TRUE(path.reachable);
  EXPECT_EQ(path.steps, 1);
  UpvInput raised = input;
  for (const GradeChange& change : path.changes) {
    auto applied = ApplyChange(raised, change);
    ASSERT_TRUE(applied.has_value());
    raised = *applied;
  }
  EXPECT_TRUE(ForTrack(*Assess(raised, Rules(2025)), Track::kEud).ready);
}

struct Grade10Case {
  const char* fact;
  int year;
  bool ready;
  std::vector<int> exam;  // dansk_skriftlig, dansk_mundtlig, matematik_skriftlig, engelsk_mundtlig, naturfag
  PlaceOutcome hf;
};

TEST(HfFromGrade10, DanishAndMathsAtTheExamsDecide) {
  const Grade10Case rows[] = {
      {"2023, grade 10, ready, 02 in Danish and in maths: a right to hf", 2023, true, {2, 2, 2, 0, 0}, PlaceOutcome::kRight},
      {"2023, grade 10, ready, maths 00: test and talk", 2023, true, {4, 4, 0, 7, 7}, PlaceOutcome::kTestAndTalk},
      {"2024, grade 10, ready, Danish 02 and 00 (1.0): test and talk", 2024, true, {2, 0, 7, 7, 7}, PlaceOutcome::kTestAndTalk},
      {"2019, grade 10, not ready: test and talk, whatever the exams", 2019, false, {12, 12, 12, 12, 12}, PlaceOutcome::kTestAndTalk},
  };
  const char* subjects[] = {"dansk_skriftlig", "dansk_mundtlig", "matematik_skriftlig", "engelsk_mundtlig", "naturfag"};
  for (const Grade10Case& row : rows) {
    UpvInput input = Ready(10, {{"dansk", {7}}, {"matematik", {7}}});
    input.personal = row.ready;
    for (std::size_t i = 0; i < 5; ++i) input.exam.push_back({subjects[i], {row.exam[i]}});
    const auto assessment = Assess(input, Rules(row.year));
    ASSERT_TRUE(assessment.has_value()) << row.fact;
    EXPECT_EQ(ForTrack(*assessment, Track::kHf).right_to_place, row.hf) << row.fact;
  }
  // Grade 9 keeps its own table: ready with 2.0 in Danish and maths but an average under 4.0 has no right.
  UpvInput grade9 = Ready(9, {{"dansk", {7}}, {"matematik", {7}}});
  for (std::size_t i = 0; i < 5; ++i) grade9.exam.push_back({subjects[i], {2}});
  EXPECT_EQ(ForTrack(*Assess(grade9, Rules(2023)), Track::kHf).right_to_place, PlaceOutcome::kNoRight);
}

}  // namespace
}  // namespace optagelse::upv
