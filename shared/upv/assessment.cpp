// The readiness assessment: see assessment.h. Rules: docs/domain.md "UPV" (bekendtgørelse om
// uddannelsesparathedsvurdering) and the 2019 right-to-a-place table (gymnasieloven § 12).
#include "upv/assessment.h"

#include <algorithm>

#include "upv/counted_grades.h"

namespace optagelse::upv {
namespace {

Reason Evaluate(const Requirement& requirement, const UpvInput& input, const RuleSet& rules) {
  const bool by_subject = requirement.kind == RequirementKind::kSubjectAverage;
  const CountedGrades counted = GradesCounting(input, rules, requirement.source, by_subject ? &requirement.subject : nullptr);
  Reason reason;
  reason.source = requirement.source;
  reason.subject = by_subject ? requirement.subject : "";
  reason.required = requirement.minimum;
  const std::optional<Milli> average = counted.Average(rules.rounding);
  if (!average) {
    reason.kind = ReasonKind::kNoGrades;
    return reason;
  }
  reason.kind = by_subject ? ReasonKind::kSubjectAverage : ReasonKind::kAverageOfAll;
  reason.actual = *average;
  reason.met = reason.actual >= reason.required;
  return reason;
}

// The average of the compulsory exams, each exam one grade (parts weighted into it).
std::optional<Milli> ExamAverage(const UpvInput& input, const RuleSet& rules) {
  if (!rules.right_to_place) return std::nullopt;
  CountedGrades total;
  for (const std::string& subject : rules.right_to_place->exam_subjects) {
    CountedGrades part = GradesCounting(input, rules, GradeSource::kExam, &subject);
    if (part.whole == 0) return std::nullopt;  // an exam subject still missing: no average yet
    total.grades.insert(total.grades.end(), part.grades.begin(), part.grades.end());
    total.whole += part.whole;
  }
  return total.Average(rules.rounding);
}

bool BandMatches(const PlaceBand& band, const UpvInput& input, const RuleSet& rules, Milli exam_average) {
  if (!band.minimum) return true;
  if (band.each_of.empty()) return exam_average >= *band.minimum;
  return std::all_of(band.each_of.begin(), band.each_of.end(), [&](const std::string& subject) {
    const std::optional<Milli> average = GradesCounting(input, rules, GradeSource::kExam, &subject).Average(rules.rounding);
    return average && *average >= *band.minimum;
  });
}

PlaceOutcome FirstBand(const std::vector<PlaceBand>& bands, const UpvInput& input, const RuleSet& rules, Milli exam_average) {
  for (const PlaceBand& band : bands) {
    if (BandMatches(band, input, rules, exam_average)) return band.outcome;
  }
  return PlaceOutcome::kNoRight;
}

bool CoversLevel(const TrackPlaceRule& rule, int grade_level) {
  return rule.grade_levels.empty() ||
         std::find(rule.grade_levels.begin(), rule.grade_levels.end(), grade_level) != rule.grade_levels.end();
}

std::optional<PlaceOutcome> RightToPlace(const RuleSet& rules, const UpvInput& input, Track track, bool ready,
                                         std::optional<Milli> exam_average) {
  if (!rules.right_to_place || !exam_average || input.grade_level < rules.right_to_place->from_grade_level) {
    return std::nullopt;
  }
  for (const TrackPlaceRule& rule : rules.right_to_place->tracks) {
    if (rule.track != track || !CoversLevel(rule, input.grade_level)) continue;
    return FirstBand(ready ? rule.when_ready : rule.when_not_ready, input, rules, *exam_average);
  }
  return std::nullopt;
}

TrackAssessment AssessTrack(Track track, const UpvInput& input, const RuleSet& rules, std::optional<Milli> exam_average) {
  TrackAssessment result;
  result.track = track;
  bool ready = true;
  for (const Requirement& requirement : rules.requirements) {
    if (requirement.track != track) continue;
    if (std::find(requirement.grade_levels.begin(), requirement.grade_levels.end(), input.grade_level) ==
        requirement.grade_levels.end()) {
      continue;
    }
    Reason reason = Evaluate(requirement, input, rules);
    ready = ready && reason.met;
    result.reasons.push_back(std::move(reason));
  }
  for (const Prerequisite prerequisite : kAllPrerequisites) {
    if (!RequiresPrerequisite(rules, prerequisite, track)) continue;
    const std::optional<bool> value = PrerequisiteValue(input, prerequisite);
    Reason reason;
    reason.prerequisite = prerequisite;
    reason.kind = value ? ReasonKind::kPrerequisite : ReasonKind::kPrerequisiteNotAssessed;
    reason.met = value.value_or(false);
    ready = ready && reason.met;
    result.reasons.push_back(reason);
  }
  result.ready = ready;
  result.right_to_place = RightToPlace(rules, input, track, ready, exam_average);
  return result;
}

}  // namespace

Result<Assessment> Assess(const UpvInput& input, const RuleSet& rules) {
  const std::vector<Problem> problems = ValidateUpvInput(input, rules);
  if (!problems.empty()) return Fail(problems.front());
  Assessment assessment;
  assessment.admission_year = rules.admission_year;
  assessment.has_upv = rules.has_upv;
  assessment.provisional = IsProvisional(rules, input.grade_level);
  assessment.decimals = rules.rounding.decimals;
  assessment.exam_average = ExamAverage(input, rules);
  for (const Track track : kAllTracks) {
    assessment.tracks.push_back(AssessTrack(track, input, rules, assessment.exam_average));
  }
  return assessment;
}

const TrackAssessment& ForTrack(const Assessment& assessment, Track track) {
  return assessment.tracks[static_cast<std::size_t>(track)];
}

}  // namespace optagelse::upv
