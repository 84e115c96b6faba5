// What a school enters for one pupil's readiness assessment: the grade level, standpunkt grades per
// subject, exam grades where present, and the personal / social / practical assessments (absent =
// not yet assessed). The same struct feeds the server, the CLI and the browser's what-if panel.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"
#include "upv/rule_set.h"

namespace optagelse::upv {

struct SubjectGrades {
  std::string subject;      // "dansk", "matematik", ...
  std::vector<int> grades;  // each on the 7-point scale
  friend bool operator==(const SubjectGrades&, const SubjectGrades&) = default;
};

struct UpvInput {
  std::string id;  // the caller's reference (pupil id, line id); not used by the rules
  int grade_level = 9;
  std::vector<SubjectGrades> standpunkt;
  std::vector<SubjectGrades> exam;  // empty when no exam has been taken
  std::optional<bool> personal;
  std::optional<bool> social;
  std::optional<bool> practical;
  friend bool operator==(const UpvInput&, const UpvInput&) = default;
};

inline constexpr std::size_t kMaxSubjects = 40;
inline constexpr std::size_t kMaxGradesPerSubject = 20;

// Every problem with the input under these rules: a grade level the rule set does not assess, a
// value off the 7-point scale (the field names the subject: "standpunkt.matematik"), bad or
// repeated subject names, too many grades.
std::vector<Problem> ValidateUpvInput(const UpvInput& input, const RuleSet& rules);

const std::vector<SubjectGrades>& GradesFrom(const UpvInput& input, GradeSource source);
// Whether an entry's grades count for a requirement on `subject`: the subject itself and its parts
// ("dansk" counts dansk_skriftlig and dansk_mundtlig: Danish at the exams is the average of its
// written and oral grades; docs/domain.md "UPV").
bool CountsForSubject(std::string_view subject, std::string_view entry);
std::optional<bool> PrerequisiteValue(const UpvInput& input, Prerequisite prerequisite);

}  // namespace optagelse::upv
