// What-if: the smallest path to readiness (checked against brute force on small inputs), the
// differences between a scenario and the real grades, and edits that are refused.
#include <gtest/gtest.h>

#include "upv/grade_scale.h"
#include "upv/reason_text.h"
#include "upv/what_if.h"
#include "upv_test_support.h"

namespace optagelse::upv {
namespace {

using testing::Ready;
using testing::Rules;

TEST(UpvPath, RaiseMathsByOneStepForVocational) {
  const UpvInput input = Ready(9, {{"dansk", {4, 2}}, {"matematik", {2, 0}}});
  const PathToReady path = SmallestPathToReady(input, Rules(2023), Track::kEud);
  EXPECT_FALSE(path.academic_met);
  ASSERT_TRUE(path.reachable);
  EXPECT_EQ(path.steps, 1);
  ASSERT_EQ(path.changes.size(), 1u);
  EXPECT_EQ(path.changes[0].subject, "matematik");
  EXPECT_EQ(path.changes[0].index, 1u);
  EXPECT_EQ(path.changes[0].from, 0);
  EXPECT_EQ(path.changes[0].to, 2);
  EXPECT_EQ(DescribePath(path, Language::kEnglish), "Smallest change (1 step): maths: 00 → 02.");
}

TEST(UpvPath, AlreadyMetNeedsNoChangeButStillNamesMissingPrerequisites) {
  UpvInput input = Ready(9, {{"dansk", {7}}, {"matematik", {7}}});
  input.social = false;
  const PathToReady path = SmallestPathToReady(input, Rules(2023), Track::kGym);
  EXPECT_TRUE(path.academic_met);
  EXPECT_TRUE(path.changes.empty());
  EXPECT_EQ(path.prerequisites_needed, std::vector<Prerequisite>{Prerequisite::kSocial});
}

TEST(UpvPath, NoGradesInARequiredSubjectIsUnreachable) {
  const PathToReady path = SmallestPathToReady(Ready(9, {{"dansk", {7}}}), Rules(2023), Track::kEud);
  EXPECT_FALSE(path.reachable);
  EXPECT_EQ(path.subjects_without_grades, std::vector<std::string>{"matematik"});
}

TEST(UpvPath, BothSubjectsAtGradeNine) {
  const UpvInput input = Ready(9, {{"dansk", {0, 0}}, {"matematik", {-3}}});
  const PathToReady path = SmallestPathToReady(input, Rules(2023), Track::kEud);
  ASSERT_TRUE(path.reachable);
  // dansk: 00,00 -> sum 4 needed: 00->02 twice (2 steps) or 00->4 (2 steps); matematik: -3 -> 02 (2 steps).
  EXPECT_EQ(path.steps, 4);
  const auto after = Assess(Ready(9, {{"dansk", {0, 0}}, {"matematik", {-3}}}), Rules(2023));
  EXPECT_FALSE(ForTrack(*after, Track::kEud).ready);
}

// Fewest steps by trying every combination, for small inputs.
int BruteForceSteps(const UpvInput& input, const RuleSet& rules, Track track) {
  std::vector<int> positions;
  for (const SubjectGrades& entry : input.standpunkt) {
    for (const int grade : entry.grades) positions.push_back(*ScalePosition(grade));
  }
  int best = -1;
  std::vector<int> raise(positions.size(), 0);
  while (true) {
    UpvInput trial = input;
    std::size_t k = 0;
    int steps = 0;
    for (SubjectGrades& entry : trial.standpunkt) {
      for (int& grade : entry.grades) {
        grade = kScale[static_cast<std::size_t>(positions[k] + raise[k])];
        steps += raise[k++];
      }
    }
    const auto assessment = Assess(trial, rules);
    if (ForTrack(*assessment, track).ready && (best < 0 || steps < best)) best = steps;
    std::size_t i = 0;
    while (i < raise.size() && positions[i] + raise[i] == 6) raise[i++] = 0;
    if (i == raise.size()) break;
    ++raise[i];
  }
  return best;
}

TEST(UpvPath, FewestStepsMatchesBruteForce) {
  std::uint32_t state = 12345;
  auto next = [&] { return state = state * 1664525u + 1013904223u; };
  for (int round = 0; round < 150; ++round) {
    const int grade_level = 8 + static_cast<int>(next() >> 16) % 3;
    UpvInput input = Ready(grade_level, {{"dansk", {}}, {"matematik", {}}});
    for (int i = 0; i < 2; ++i) input.standpunkt[0].grades.push_back(kScale[(next() >> 16) % 7]);
    for (int i = 0; i < 2; ++i) input.standpunkt[1].grades.push_back(kScale[(next() >> 16) % 7]);
    for (const Track track : kAllTracks) {
      const PathToReady path = SmallestPathToReady(input, Rules(2023), track);
      const int brute = BruteForceSteps(input, Rules(2023), track);
      ASSERT_EQ(path.reachable, brute >= 0);
      if (path.reachable) {
        ASSERT_EQ(path.steps, brute) << "round " << round << " track " << TrackName(track);
        UpvInput applied = input;
        for (const GradeChange& change : path.changes) applied = *ApplyChange(applied, change);
        EXPECT_TRUE(ForTrack(*Assess(applied, Rules(2023)), track).ready);
      }
    }
  }
}

TEST(UpvWhatIf, AmirRaisesMathsFrom02To4) {
  const UpvInput base = Ready(9, {{"dansk", {10, 0}}, {"matematik", {2}}, {"engelsk", {7}}});
  const auto scenario = ApplyChange(base, GradeChange{GradeSource::kStandpunkt, "matematik", 0, 2, 4});
  ASSERT_TRUE(scenario.has_value());
  const auto result = WhatIf(base, *scenario, Rules(2023));
  ASSERT_TRUE(result.has_value());
  ASSERT_EQ(result->grade_changes.size(), 1u);
  EXPECT_EQ(result->grade_changes[0].to, 4);
  // 19/4 = 4.75 -> 4.8 before (hf ready, gym not); 21/4 = 5.25 -> 5.3 after: gym becomes ready.
  ASSERT_EQ(result->track_changes.size(), 1u);
  EXPECT_EQ(result->track_changes[0].track, Track::kGym);
  EXPECT_FALSE(result->track_changes[0].ready_before);
  EXPECT_TRUE(result->track_changes[0].ready_after);
  EXPECT_TRUE(result->paths.empty());
}

TEST(UpvWhatIf, EditsOffTheScaleAreRefused) {
  const UpvInput base = Ready(9, {{"matematik", {2}}});
  const auto bad = ApplyChange(base, GradeChange{GradeSource::kStandpunkt, "matematik", 0, 2, 5});
  ASSERT_FALSE(bad.has_value());
  EXPECT_EQ(bad.error().code, ErrorCode::kUpvInvalidGrade);
  EXPECT_EQ(bad.error().field, "standpunkt.matematik");
  const auto added = ApplyChange(base, GradeChange{GradeSource::kStandpunkt, "matematik", 1, std::nullopt, 7});
  EXPECT_EQ(added->standpunkt[0].grades, (std::vector<int>{2, 7}));
  const auto removed = ApplyChange(*added, GradeChange{GradeSource::kStandpunkt, "matematik", 0, 2, std::nullopt});
  EXPECT_EQ(removed->standpunkt[0].grades, (std::vector<int>{7}));
  EXPECT_FALSE(ApplyChange(base, GradeChange{GradeSource::kStandpunkt, "matematik", 5, std::nullopt, 7}).has_value());
}

}  // namespace
}  // namespace optagelse::upv
