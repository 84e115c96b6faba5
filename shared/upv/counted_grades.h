// Which grades an average counts, and with what weight: the one place that knows that a leaving
// exam graded in parts (written Danish, written maths) counts as one exam whose grade is the
// weighted mean of its parts (ug.dk "Beregning af gennemsnit ved folkeskolens afgangseksamen";
// docs/domain.md "UPV", "Exam averages"). Standpunkt grades and exams entered whole count one each.
// The assessment averages these; the what-if search raises them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "upv/rule_set.h"
#include "upv/upv_input.h"

namespace optagelse::upv {

// One entered grade as it counts: which entry and position it is, and its weight in thousandths of
// one whole grade (1000 for a grade that counts fully, 250 for retskrivning).
struct CountedGrade {
  std::string subject;
  std::size_t index = 0;
  int grade = 0;
  Milli weight = kMilliPerUnit;
};

struct CountedGrades {
  std::vector<CountedGrade> grades;
  std::int64_t whole = 0;  // how many whole grades the average divides by

  // The weighted sum in thousandths of a grade.
  std::int64_t WeightedSum() const;
  // The rounded average, or nullopt when nothing counts.
  std::optional<Milli> Average(Rounding rounding) const;
};

// The grades from `source` counting for `subject` (nullptr: every subject). An exam counts for a
// subject by its own name ("dansk" counts dansk_skriftlig, however it was graded); an exam graded
// in parts counts only when every part has its grade.
CountedGrades GradesCounting(const UpvInput& input, const RuleSet& rules, GradeSource source, const std::string* subject);

}  // namespace optagelse::upv
