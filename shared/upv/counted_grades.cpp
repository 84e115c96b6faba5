// Grades as averages count them: see counted_grades.h.
#include "upv/counted_grades.h"

#include <algorithm>

namespace optagelse::upv {
namespace {

bool Counts(const std::string* subject, const std::string& name) {
  return subject == nullptr || CountsForSubject(*subject, name);
}

// The exams graded in parts, in the order their first part appears in the rule set.
std::vector<std::string> PartedExams(const RuleSet& rules) {
  std::vector<std::string> exams;
  for (const ExamPart& part : rules.exam_parts) {
    if (std::find(exams.begin(), exams.end(), part.exam) == exams.end()) exams.push_back(part.exam);
  }
  return exams;
}

// Adds one parted exam's parts when all of them have a grade.
void AddPartedExam(const UpvInput& input, const RuleSet& rules, const std::string& exam, CountedGrades& out) {
  std::vector<CountedGrade> parts;
  for (const ExamPart& part : rules.exam_parts) {
    if (part.exam != exam) continue;
    const auto entry = std::find_if(input.exam.begin(), input.exam.end(),
                                    [&](const SubjectGrades& grades) { return grades.subject == part.part; });
    if (entry == input.exam.end() || entry->grades.empty()) return;  // a part missing: the exam does not count yet
    parts.push_back(CountedGrade{part.part, 0, entry->grades.front(), part.weight});
  }
  if (parts.empty()) return;
  out.grades.insert(out.grades.end(), parts.begin(), parts.end());
  ++out.whole;
}

}  // namespace

std::int64_t CountedGrades::WeightedSum() const {
  std::int64_t sum = 0;
  for (const CountedGrade& counted : grades) sum += static_cast<std::int64_t>(counted.grade) * counted.weight;
  return sum;
}

std::optional<Milli> CountedGrades::Average(Rounding rounding) const {
  if (whole == 0) return std::nullopt;
  return RoundedAverage(WeightedSum(), whole * kMilliPerUnit, rounding);
}

CountedGrades GradesCounting(const UpvInput& input, const RuleSet& rules, GradeSource source, const std::string* subject) {
  CountedGrades counted;
  const bool exams = source == GradeSource::kExam;
  for (const SubjectGrades& entry : GradesFrom(input, source)) {
    if (exams && FindExamPart(rules, entry.subject) != nullptr) continue;  // counted with its exam below
    if (!Counts(subject, entry.subject)) continue;
    for (std::size_t i = 0; i < entry.grades.size(); ++i) {
      counted.grades.push_back(CountedGrade{entry.subject, i, entry.grades[i], kMilliPerUnit});
      ++counted.whole;
    }
  }
  if (exams) {
    for (const std::string& exam : PartedExams(rules)) {
      if (Counts(subject, exam)) AddPartedExam(input, rules, exam, counted);
    }
  }
  return counted;
}

}  // namespace optagelse::upv
