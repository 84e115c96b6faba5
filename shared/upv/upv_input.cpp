// Input validation for UPV: see upv_input.h.
#include "upv/upv_input.h"

#include "upv/grade_scale.h"

namespace optagelse::upv {
namespace {

void ValidateSubjects(const std::vector<SubjectGrades>& subjects, const std::string& prefix,
                      std::vector<Problem>& problems) {
  if (subjects.size() > kMaxSubjects) {
    problems.push_back(MakeError(ErrorCode::kUpvTooManyGrades, prefix, std::to_string(kMaxSubjects)));
  }
  for (std::size_t i = 0; i < subjects.size(); ++i) {
    const SubjectGrades& entry = subjects[i];
    const std::string field = prefix + "." + entry.subject;
    if (!IsValidSubjectName(entry.subject)) {
      problems.push_back(MakeError(ErrorCode::kUpvInvalidSubject, prefix, entry.subject));
      continue;
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (subjects[j].subject == entry.subject) problems.push_back(MakeError(ErrorCode::kDuplicateValue, field, entry.subject));
    }
    if (entry.grades.size() > kMaxGradesPerSubject) {
      problems.push_back(MakeError(ErrorCode::kUpvTooManyGrades, field, std::to_string(kMaxGradesPerSubject)));
    }
    for (const int grade : entry.grades) {
      if (!IsGrade(grade)) problems.push_back(MakeError(ErrorCode::kUpvInvalidGrade, field, std::to_string(grade)));
    }
  }
}

// A part of an exam has one grade, and an exam is entered either whole or in parts, not both.
void ValidateExamParts(const UpvInput& input, const RuleSet& rules, std::vector<Problem>& problems) {
  for (const SubjectGrades& entry : input.exam) {
    const ExamPart* part = FindExamPart(rules, entry.subject);
    if (part == nullptr) continue;
    if (entry.grades.size() > 1) problems.push_back(MakeError(ErrorCode::kUpvTooManyGrades, "exam." + entry.subject, "1"));
    for (const SubjectGrades& whole : input.exam) {
      if (whole.subject == part->exam && !whole.grades.empty()) problems.push_back(MakeError(ErrorCode::kUpvExamWholeAndParts, "exam." + part->exam, entry.subject));
    }
  }
}

}  // namespace

std::vector<Problem> ValidateUpvInput(const UpvInput& input, const RuleSet& rules) {
  std::vector<Problem> problems;
  if (!AssessesGradeLevel(rules, input.grade_level)) {
    std::string levels;
    for (const int level : rules.grade_levels) levels += (levels.empty() ? "" : ", ") + std::to_string(level);
    problems.push_back(MakeError(ErrorCode::kUpvInvalidGradeLevel, "grade_level", levels));
  }
  ValidateSubjects(input.standpunkt, "standpunkt", problems);
  ValidateSubjects(input.exam, "exam", problems);
  ValidateExamParts(input, rules, problems);
  return problems;
}

const std::vector<SubjectGrades>& GradesFrom(const UpvInput& input, GradeSource source) {
  return source == GradeSource::kExam ? input.exam : input.standpunkt;
}

bool CountsForSubject(std::string_view subject, std::string_view entry) {
  return entry == subject || (entry.size() > subject.size() && entry.substr(0, subject.size()) == subject && entry[subject.size()] == '_');
}

std::optional<bool> PrerequisiteValue(const UpvInput& input, Prerequisite prerequisite) {
  switch (prerequisite) {
    case Prerequisite::kPersonal: return input.personal;
    case Prerequisite::kSocial: return input.social;
    case Prerequisite::kPractical: return input.practical;
  }
  return std::nullopt;
}

}  // namespace optagelse::upv
