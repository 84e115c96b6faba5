// Helpers shared by the UPV tests: the embedded rule sets by year, and inputs built from compact
// grade lists ("a pupil in grade 9 with these grades").
#pragma once

#include <gtest/gtest.h>

#include "upv/assessment.h"
#include "wire/rule_catalog.h"

namespace optagelse::upv::testing {

inline const RuleSet& Rules(int year) {
  static const auto catalog = wire::RuleCatalog::FromEmbedded();
  EXPECT_TRUE(catalog.has_value());
  return **catalog->ForYear(year);
}

// Spreads grades over subjects "fag_a", "fag_b", ... of at most 20 grades each.
inline std::vector<SubjectGrades> Spread(const std::vector<int>& grades) {
  std::vector<SubjectGrades> subjects;
  for (std::size_t i = 0; i < grades.size(); ++i) {
    if (i % kMaxGradesPerSubject == 0) subjects.push_back({std::string("fag_") + static_cast<char>('a' + i / 20), {}});
    subjects.back().grades.push_back(grades[i]);
  }
  return subjects;
}

// n copies of each (grade, count) pair.
inline std::vector<int> Grades(std::initializer_list<std::pair<int, int>> counts) {
  std::vector<int> grades;
  for (const auto& [grade, count] : counts) grades.insert(grades.end(), static_cast<std::size_t>(count), grade);
  return grades;
}

inline UpvInput Ready(int grade_level, std::vector<SubjectGrades> standpunkt) {
  UpvInput input;
  input.grade_level = grade_level;
  input.standpunkt = std::move(standpunkt);
  input.personal = true;
  input.social = true;
  input.practical = true;
  return input;
}

}  // namespace optagelse::upv::testing
