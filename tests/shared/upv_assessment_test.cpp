// The readiness assessment at every threshold edge, per grade level and rule year: rounding (4.95
// is 5.0, 4.94 is 4.9), Danish vs maths at grade 9, prerequisites, provisional grade 8, the
// right-to-a-place table, the 2022 relabelling, 2024 still with UPV and the 2025 sets without it.
#include <gtest/gtest.h>

#include "upv/reason_text.h"
#include "upv_test_support.h"

namespace optagelse::upv {
namespace {

using testing::Grades;
using testing::Ready;
using testing::Rules;
using testing::Spread;

struct ReadinessCase {
  const char* name;
  int year;
  int grade_level;
  std::vector<SubjectGrades> standpunkt;
  bool eud;
  bool hf;
  bool gym;
};

class ReadinessTable : public ::testing::TestWithParam<ReadinessCase> {};

TEST_P(ReadinessTable, ReadyPerTrackAsTheRulesSay) {
  const ReadinessCase& c = GetParam();
  const auto assessment = Assess(Ready(c.grade_level, c.standpunkt), Rules(c.year));
  ASSERT_TRUE(assessment.has_value()) << assessment.error().field;
  EXPECT_EQ(ForTrack(*assessment, Track::kEud).ready, c.eud);
  EXPECT_EQ(ForTrack(*assessment, Track::kHf).ready, c.hf);
  EXPECT_EQ(ForTrack(*assessment, Track::kGym).ready, c.gym);
}

// 99 / 20 = 4.95 -> 5.0; 247 / 50 = 4.94 -> 4.9; 79 / 20 = 3.95 -> 4.0; 197 / 50 = 3.94 -> 3.9;
// maths 19 / 10 = 1.9 stays below 2.0, 39 / 20 = 1.95 rounds to 2.0.
INSTANTIATE_TEST_SUITE_P(
    Edges, ReadinessTable,
    ::testing::Values(
        ReadinessCase{"grade8_495_rounds_up_to_gym", 2023, 8, Spread(Grades({{7, 9}, {4, 9}, {0, 2}})), true, true, true},
        ReadinessCase{"grade8_494_rounds_down", 2023, 8, Spread(Grades({{7, 25}, {4, 18}, {0, 7}})), true, true, false},
        ReadinessCase{"grade8_395_reaches_4", 2023, 8, Spread(Grades({{7, 1}, {4, 18}, {0, 1}})), true, true, false},
        ReadinessCase{"grade8_394_misses_4", 2023, 8, Spread(Grades({{7, 1}, {4, 47}, {2, 1}, {0, 1}})), false, false, false},
        ReadinessCase{"grade8_exactly_5", 2021, 8, Spread(Grades({{10, 1}, {0, 1}})), true, true, true},
        ReadinessCase{"grade9_danish_2_maths_19", 2023, 9,
                      {{"dansk", {2, 2}}, {"matematik", {7, 2, 2, 2, 2, 2, 0, 0, 0, 2}}}, false, false, false},
        ReadinessCase{"grade9_danish_2_maths_195_rounds_to_2", 2023, 9,
                      {{"dansk", {2, 2}}, {"matematik", Grades({{7, 1}, {2, 16}, {0, 3}})}}, true, false, false},
        ReadinessCase{"grade10_same_as_9", 2019, 10, {{"dansk", {4}}, {"matematik", {2}}, {"engelsk", {12}}}, true, true, true},
        ReadinessCase{"grade9_danish_missing", 2020, 9, {{"matematik", {12, 12}}}, false, true, true},
        ReadinessCase{"all_minus_3", 2022, 9, {{"dansk", {-3}}, {"matematik", {-3}}}, false, false, false},
        // 2024 still had UPV (abolished from 2024/25; docs/domain.md "UPV"): the personal step counts.
        ReadinessCase{"upv_2024_grade9_as_2023", 2024, 9, {{"dansk", {2}}, {"matematik", {2}}, {"engelsk", {7}}}, true, false,
                      false},
        // From 2025 EUD asks for the exams: standpunkt grades alone do not meet it.
        ReadinessCase{"no_upv_2025_grade9_no_exams", 2025, 9, {{"dansk", {2}}, {"matematik", {2}}, {"engelsk", {7}}}, false,
                      false, false}),
    [](const ::testing::TestParamInfo<ReadinessCase>& info) { return info.param.name; });

// Every year and every grade level it assesses: all 12s is ready for every track, all 00 for none,
// and a missing personal assessment blocks readiness exactly in the years with UPV.
TEST(UpvAssessment, EveryYearAndGradeLevel) {
  const auto catalog = wire::RuleCatalog::FromEmbedded();
  for (const int year : catalog->Years()) {
    const RuleSet& rules = Rules(year);
    for (const int level : rules.grade_levels) {
      // Exam grades as well as standpunkt: from 2025 EUD's requirement is at the exams.
      UpvInput top_input = Ready(level, {{"dansk", {12, 12}}, {"matematik", {12}}, {"engelsk", {12}}});
      top_input.exam = {{"dansk_skriftlig", {12}}, {"dansk_mundtlig", {12}}, {"matematik_skriftlig", {12}}};
      const auto top = Assess(top_input, rules);
      const auto low = Assess(Ready(level, {{"dansk", {0, 0}}, {"matematik", {0}}, {"engelsk", {0}}}), rules);
      UpvInput unassessed = top_input;
      unassessed.standpunkt = {{"dansk", {12}}, {"matematik", {12}}};
      unassessed.personal.reset();
      const auto open = Assess(unassessed, rules);
      ASSERT_TRUE(top && low && open) << year << " grade " << level;
      EXPECT_EQ(top->provisional, level == 8 && rules.has_upv) << year;
      for (const Track track : kAllTracks) {
        EXPECT_TRUE(ForTrack(*top, track).ready) << year << " grade " << level << " " << TrackName(track);
        EXPECT_FALSE(ForTrack(*low, track).ready) << year << " grade " << level << " " << TrackName(track);
        EXPECT_EQ(ForTrack(*open, track).ready, !rules.has_upv) << year << " grade " << level << " " << TrackName(track);
      }
    }
  }
}

TEST(UpvAssessment, ReasonsSayWhichRequirementFailedAndByHowMuch) {
  const auto assessment = Assess(Ready(9, {{"dansk", {2, 2}}, {"matematik", {2, 0}}}), Rules(2023));
  ASSERT_TRUE(assessment.has_value());
  const TrackAssessment& eud = ForTrack(*assessment, Track::kEud);
  ASSERT_EQ(eud.reasons.size(), 4u);  // dansk, matematik, personal, social
  EXPECT_TRUE(eud.reasons[0].met);
  EXPECT_FALSE(eud.reasons[1].met);
  EXPECT_EQ(eud.reasons[1].subject, "matematik");
  EXPECT_EQ(DescribeReason(eud.reasons[1], 1, Language::kDanish), "matematik 1,0 < 2,0");
  EXPECT_EQ(DescribeReason(eud.reasons[1], 1, Language::kEnglish), "maths 1.0 < 2.0");
  EXPECT_EQ(DescribeReason(eud.reasons[0], 1, Language::kEnglish), "Danish 2.0 ≥ 2.0");
}

TEST(UpvAssessment, PersonalAndSocialPrerequisitesAreRequiredAndMayBeUnassessed) {
  UpvInput input = Ready(9, {{"dansk", {12}}, {"matematik", {12}}});
  input.personal = false;
  input.social.reset();
  input.practical = false;  // assessed, but no track requires it in these rule sets
  const auto assessment = Assess(input, Rules(2023));
  ASSERT_TRUE(assessment.has_value());
  for (const TrackAssessment& track : assessment->tracks) {
    EXPECT_FALSE(track.ready);
    EXPECT_EQ(track.reasons[track.reasons.size() - 2].kind, ReasonKind::kPrerequisite);
    EXPECT_EQ(track.reasons.back().kind, ReasonKind::kPrerequisiteNotAssessed);
    EXPECT_EQ(DescribeReason(track.reasons.back(), 1, Language::kDanish), "sociale forudsætninger ikke vurderet endnu");
  }
}

TEST(UpvAssessment, GradeEightIsProvisionalNineIsNot) {
  EXPECT_TRUE(Assess(Ready(8, {{"dansk", {7}}}), Rules(2023))->provisional);
  EXPECT_FALSE(Assess(Ready(9, {{"dansk", {7}}}), Rules(2023))->provisional);
}

TEST(UpvAssessment, GradesOffTheScaleAreErrorsNamingTheSubject) {
  for (const int bad : {1, 3, 5, 11, 13, -2}) {
    const auto assessment = Assess(Ready(9, {{"dansk", {7}}, {"matematik", {4, bad}}}), Rules(2023));
    ASSERT_FALSE(assessment.has_value()) << bad;
    EXPECT_EQ(assessment.error().code, ErrorCode::kUpvInvalidGrade);
    EXPECT_EQ(assessment.error().field, "standpunkt.matematik");
    EXPECT_EQ(assessment.error().detail, std::to_string(bad));
  }
}

// EUD from 2025 (docs/domain.md "UPV"; ufm.dk/uvm.dk "karakterkrav"): at least 02 in Danish - the
// average of its written and oral exams - and in written maths at the leaving exams.
struct EudExamCase {
  const char* fact;
  int year;
  std::vector<SubjectGrades> standpunkt;
  std::vector<SubjectGrades> exam;
  bool admissible;
};

TEST(UpvAssessment, EudAdmissionIsDecidedAtTheExamsFrom2025) {
  const EudExamCase rows[] = {
      {"2025, standpunkt 4/4 but exams 00/-3: not admissible", 2025, {{"dansk", {4}}, {"matematik", {4}}},
       {{"dansk_skriftlig", {0}}, {"dansk_mundtlig", {0}}, {"matematik_skriftlig", {-3}}}, false},
      {"2027, standpunkt 00 but exams 02 in Danish and maths: admissible", 2027, {{"dansk", {0}}, {"matematik", {0}}},
       {{"dansk_skriftlig", {2}}, {"dansk_mundtlig", {2}}, {"matematik_skriftlig", {2}}}, true},
      {"2026, Danish written 00 and oral 4 average 2.0: admissible", 2026, {},
       {{"dansk_skriftlig", {0}}, {"dansk_mundtlig", {4}}, {"matematik_skriftlig", {4}}}, true},
      {"2026, oral maths does not stand in for written maths", 2026, {},
       {{"dansk_skriftlig", {7}}, {"dansk_mundtlig", {7}}, {"matematik_skriftlig", {0}}, {"matematik_mundtlig", {12}}}, false},
      {"2024 (still UPV): standpunkt 2/2 decides readiness, exams aside", 2024, {{"dansk", {2}}, {"matematik", {2}}},
       {{"dansk_skriftlig", {-3}}, {"dansk_mundtlig", {-3}}, {"matematik_skriftlig", {-3}}}, true},
  };
  for (const EudExamCase& row : rows) {
    UpvInput input = Ready(9, row.standpunkt);
    input.exam = row.exam;
    const auto assessment = Assess(input, Rules(row.year));
    ASSERT_TRUE(assessment.has_value()) << row.fact;
    EXPECT_EQ(ForTrack(*assessment, Track::kEud).ready, row.admissible) << row.fact;
  }
  // Without exams the reason says which requirement waits for them.
  const auto before_exams = Assess(Ready(9, {{"dansk", {12}}, {"matematik", {12}}}), Rules(2027));
  ASSERT_TRUE(before_exams.has_value());
  EXPECT_EQ(DescribeReason(ForTrack(*before_exams, Track::kEud).reasons.at(0), before_exams->decimals, Language::kDanish),
            "ingen dansk (prøve) (krav 2,0)");
}

TEST(UpvAssessment, GradeLevelsOutsideTheRuleSetAreErrors) {
  EXPECT_EQ(Assess(Ready(7, {{"dansk", {7}}}), Rules(2023)).error().code, ErrorCode::kUpvInvalidGradeLevel);
  // From 2024/25 (admission year 2025) there is no grade-8 assessment at all; 2024 still had one.
  EXPECT_TRUE(Assess(Ready(8, {{"dansk", {7}}}), Rules(2024)).has_value());
  const auto grade8_2025 = Assess(Ready(8, {{"dansk", {7}}}), Rules(2025));
  ASSERT_FALSE(grade8_2025.has_value());
  EXPECT_EQ(grade8_2025.error().code, ErrorCode::kUpvInvalidGradeLevel);
  EXPECT_EQ(grade8_2025.error().field, "grade_level");
}

TEST(UpvAssessment, RepeatedOrBadSubjectNamesAreErrors) {
  EXPECT_EQ(Assess(Ready(9, {{"dansk", {7}}, {"dansk", {4}}}), Rules(2023)).error().code, ErrorCode::kDuplicateValue);
  EXPECT_EQ(Assess(Ready(9, {{"Dansk!", {7}}}), Rules(2023)).error().code, ErrorCode::kUpvInvalidSubject);
}

TEST(UpvAssessment, TheRelabellingOf2022IsInTheRuleSets) {
  const UpvInput not_ready = Ready(9, {{"dansk", {0}}, {"matematik", {0}}});
  const auto before = Assess(not_ready, Rules(2022));
  const auto after = Assess(not_ready, Rules(2023));
  EXPECT_EQ(DescribeVerdict(ForTrack(*before, Track::kEud), Rules(2022), Language::kDanish), "Ikke uddannelsesparat");
  EXPECT_EQ(DescribeVerdict(ForTrack(*after, Track::kEud), Rules(2023), Language::kDanish).rfind("Parat til andre uddannelsesaktiviteter", 0), 0u);
}

TEST(UpvAssessment, WithoutUpvOnlyTheGradeRequirementCounts) {
  UpvInput input = Ready(9, {{"dansk", {12}}, {"matematik", {12}}});
  input.personal = false;
  const auto assessment = Assess(input, Rules(2025));
  ASSERT_TRUE(assessment.has_value());
  EXPECT_FALSE(assessment->has_upv);
  EXPECT_TRUE(ForTrack(*assessment, Track::kGym).ready);
  EXPECT_EQ(ForTrack(*assessment, Track::kGym).reasons.size(), 1u);
  EXPECT_FALSE(ForTrack(*assessment, Track::kGym).right_to_place.has_value());
}

struct PlaceCase {
  const char* name;
  bool upv_ready;
  std::vector<int> exam;  // dansk_skriftlig, dansk_mundtlig, matematik_skriftlig, engelsk_mundtlig, naturfag
  PlaceOutcome gym;
  PlaceOutcome hf;
};

class RightToPlaceTable : public ::testing::TestWithParam<PlaceCase> {};

TEST_P(RightToPlaceTable, TheTableOf2019) {
  const PlaceCase& c = GetParam();
  // Standpunkt 7 everywhere makes every track academically ready; the personal assessment flips it.
  UpvInput input = Ready(9, {{"dansk", {7}}, {"matematik", {7}}});
  input.personal = c.upv_ready;
  const char* subjects[] = {"dansk_skriftlig", "dansk_mundtlig", "matematik_skriftlig", "engelsk_mundtlig", "naturfag"};
  for (std::size_t i = 0; i < 5; ++i) input.exam.push_back({subjects[i], {c.exam[i]}});
  const auto assessment = Assess(input, Rules(2023));
  ASSERT_TRUE(assessment.has_value());
  EXPECT_EQ(ForTrack(*assessment, Track::kGym).right_to_place, c.gym);
  EXPECT_EQ(ForTrack(*assessment, Track::kHf).right_to_place, c.hf);
}

// Exam sums over 5 grades: 15 -> 3.0, 14 -> 2.8, 10 -> 2.0, 9 -> 1.8, 20 -> 4.0, 19 -> 3.8, 30 -> 6.0, 29 -> 5.8.
INSTANTIATE_TEST_SUITE_P(
    Bands, RightToPlaceTable,
    ::testing::Values(
        PlaceCase{"ready_30", true, {4, 4, 7, 0, 0}, PlaceOutcome::kRight, PlaceOutcome::kNoRight},
        PlaceCase{"ready_28", true, {4, 4, 4, 2, 0}, PlaceOutcome::kRightAfterTalk, PlaceOutcome::kNoRight},
        PlaceCase{"ready_20", true, {4, 2, 2, 2, 0}, PlaceOutcome::kRightAfterTalk, PlaceOutcome::kNoRight},
        PlaceCase{"ready_18", true, {7, 2, 0, 0, 0}, PlaceOutcome::kTestAndTalk, PlaceOutcome::kNoRight},
        PlaceCase{"ready_40", true, {4, 4, 4, 4, 4}, PlaceOutcome::kRight, PlaceOutcome::kRight},
        PlaceCase{"ready_38", true, {7, 4, 4, 4, 0}, PlaceOutcome::kRight, PlaceOutcome::kNoRight},
        // Not ready but 6.0 at the exams: a right to stx/hhx/htx and to hf alike (hf: "krav om
        // optagelse ... mindst 6 i karaktergennemsnit fra de lovbundne prøver"; docs/domain.md "UPV").
        PlaceCase{"not_ready_60", false, {12, 7, 7, 2, 2}, PlaceOutcome::kRight, PlaceOutcome::kRight},
        PlaceCase{"not_ready_58", false, {12, 7, 4, 4, 2}, PlaceOutcome::kTestAndTalk, PlaceOutcome::kNoRight}),
    [](const ::testing::TestParamInfo<PlaceCase>& info) { return info.param.name; });

TEST(UpvAssessment, NoRightToPlaceUntilEveryExamSubjectHasAGrade) {
  UpvInput input = Ready(9, {{"dansk", {7}}, {"matematik", {7}}});
  input.exam = {{"dansk_skriftlig", {12}}};
  const auto assessment = Assess(input, Rules(2023));
  EXPECT_FALSE(assessment->exam_average.has_value());
  EXPECT_FALSE(ForTrack(*assessment, Track::kGym).right_to_place.has_value());
}

}  // namespace
}  // namespace optagelse::upv
