// The readiness assessment: see assessment.h. Rules: docs/domain.md "UPV" (bekendtgørelse om
// uddannelsesparathedsvurdering) and the 2019 right-to-a-place table (gymnasieloven § 12).
#include "upv/assessment.h"

#include <algorithm>

namespace optagelse::upv {
namespace {

struct GradeTotal {
  std::int64_t sum = 0;
  std::int64_t count = 0;
};

GradeTotal Total(const std::vector<SubjectGrades>& subjects, const std::string* only_subject) {
  GradeTotal total;
  for (const SubjectGrades& entry : subjects) {
    if (only_subject != nullptr && !CountsForSubject(*only_subject, entry.subject)) continue;
    for (const int grade : entry.grades) {
      total.sum += grade;
      ++total.count;
    }
  }
  return total;
}

Reason Evaluate(const Requirement& requirement, const UpvInput& input, const RuleSet& rules) {
  const bool by_subject = requirement.kind == RequirementKind::kSubjectAverage;
  const GradeTotal total = Total(GradesFrom(input, requirement.source), by_subject ? &requirement.subject : nullptr);
  Reason reason;
  reason.source = requirement.source;
  reason.subject = by_subject ? requirement.subject : "";
  reason.required = requirement.minimum;
  if (total.count == 0) {
    reason.kind = ReasonKind::kNoGrades;
    return reason;
  }
  reason.kind = by_subject ? ReasonKind::kSubjectAverage : ReasonKind::kAverageOfAll;
  reason.actual = RoundedAverage(total.sum, total.count, rules.rounding);
  reason.met = reason.actual >= reason.required;
  return reason;
}

std::optional<Milli> ExamAverage(const UpvInput& input, const RuleSet& rules) {
  if (!rules.right_to_place) return std::nullopt;
  GradeTotal total;
  for (const std::string& subject : rules.right_to_place->exam_subjects) {
    const GradeTotal part = Total(input.exam, &subject);
    if (part.count == 0) return std::nullopt;  // an exam subject still missing: no average yet
    total.sum += part.sum;
    total.count += part.count;
  }
  return RoundedAverage(total.sum, total.count, rules.rounding);
}

PlaceOutcome FirstBand(const std::vector<PlaceBand>& bands, Milli average) {
  for (const PlaceBand& band : bands) {
    if (!band.minimum || average >= *band.minimum) return band.outcome;
  }
  return PlaceOutcome::kNoRight;
}

std::optional<PlaceOutcome> RightToPlace(const RuleSet& rules, const UpvInput& input, Track track, bool ready,
                                         std::optional<Milli> exam_average) {
  if (!rules.right_to_place || !exam_average || input.grade_level < rules.right_to_place->from_grade_level) {
    return std::nullopt;
  }
  for (const TrackPlaceRule& rule : rules.right_to_place->tracks) {
    if (rule.track == track) return FirstBand(ready ? rule.when_ready : rule.when_not_ready, *exam_average);
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
