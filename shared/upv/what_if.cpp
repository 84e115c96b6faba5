// What-if and the smallest path to readiness: see what_if.h. The path is a small knapsack: each
// existing grade can move 0..k steps up the scale, each step adds 2 or 3 points times the grade's
// weight (a whole grade 1, a part of an exam its share) to the sum, and we want the fewest steps
// whose added points bring the rounded average to the requirement.
#include "upv/what_if.h"

#include <algorithm>

#include "upv/counted_grades.h"
#include "upv/grade_scale.h"

namespace optagelse::upv {
namespace {

struct Slot {
  GradeSource source;
  std::string subject;
  std::size_t index;
  int position;  // on the scale
  Milli weight;  // thousandths of a whole grade (a part of an exam weighs less)
};

struct Slots {
  std::vector<Slot> slots;
  std::int64_t sum = 0;    // weighted, in thousandths
  std::int64_t whole = 0;  // the average's divisor in whole grades
};

Slots SlotsFor(const UpvInput& input, const RuleSet& rules, const Requirement& requirement) {
  const bool by_subject = requirement.kind == RequirementKind::kSubjectAverage;
  const CountedGrades counted = GradesCounting(input, rules, requirement.source, by_subject ? &requirement.subject : nullptr);
  Slots result;
  result.sum = counted.WeightedSum();
  result.whole = counted.whole;
  std::vector<Slot>& slots = result.slots;
  for (const CountedGrade& grade : counted.grades) {
    slots.push_back(Slot{requirement.source, grade.subject, grade.index, ScalePosition(grade.grade).value_or(0), grade.weight});
  }
  // Raise the lowest grades first when several paths are equally short.
  std::stable_sort(slots.begin(), slots.end(), [](const Slot& a, const Slot& b) { return a.position < b.position; });
  return result;
}

// Weighted points (thousandths of a grade) gained by moving a slot `steps` up the scale.
int GainOf(const Slot& slot, int steps) {
  const int points = kScale[static_cast<std::size_t>(slot.position + steps)] - kScale[static_cast<std::size_t>(slot.position)];
  return points * static_cast<int>(slot.weight);
}

// Fewest steps over the slots adding at least `needed` points; per slot the steps taken, or
// nullopt when even all 12s are not enough.
std::optional<std::vector<int>> FewestSteps(const std::vector<Slot>& slots, std::int64_t needed) {
  constexpr int kTop = static_cast<int>(kScale.size()) - 1;
  int max_steps = 0;
  for (const Slot& slot : slots) max_steps += kTop - slot.position;
  constexpr int kUnreachable = -1;
  // best[i][k]: the most points from the first i slots with exactly k steps.
  std::vector<std::vector<int>> best(slots.size() + 1, std::vector<int>(static_cast<std::size_t>(max_steps) + 1, kUnreachable));
  std::vector<std::vector<int>> chosen(slots.size() + 1, std::vector<int>(static_cast<std::size_t>(max_steps) + 1, 0));
  best[0][0] = 0;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    for (int k = 0; k <= max_steps; ++k) {
      if (best[i][static_cast<std::size_t>(k)] == kUnreachable) continue;
      for (int s = 0; s <= kTop - slots[i].position && k + s <= max_steps; ++s) {
        const int gain = best[i][static_cast<std::size_t>(k)] + GainOf(slots[i], s);
        int& cell = best[i + 1][static_cast<std::size_t>(k + s)];
        if (gain >= cell) {  // on a tie the later, smaller step wins: earlier (lower) grades rise
          cell = gain;
          chosen[i + 1][static_cast<std::size_t>(k + s)] = s;
        }
      }
    }
  }
  for (int k = 0; k <= max_steps; ++k) {
    if (best[slots.size()][static_cast<std::size_t>(k)] < needed) continue;
    std::vector<int> steps(slots.size(), 0);
    int remaining = k;
    for (std::size_t i = slots.size(); i > 0; --i) {
      steps[i - 1] = chosen[i][static_cast<std::size_t>(remaining)];
      remaining -= steps[i - 1];
    }
    return steps;
  }
  return std::nullopt;
}

std::vector<int>& GradeList(UpvInput& input, GradeSource source, const std::string& subject) {
  std::vector<SubjectGrades>& subjects = source == GradeSource::kExam ? input.exam : input.standpunkt;
  for (SubjectGrades& entry : subjects) {
    if (entry.subject == subject) return entry.grades;
  }
  subjects.push_back(SubjectGrades{subject, {}});
  return subjects.back().grades;
}

bool AppliesAt(const Requirement& requirement, int grade_level) {
  return std::find(requirement.grade_levels.begin(), requirement.grade_levels.end(), grade_level) !=
         requirement.grade_levels.end();
}

// Raises grades in `working` to meet one requirement; false when it cannot be met.
bool MeetRequirement(UpvInput& working, const Requirement& requirement, const RuleSet& rules) {
  const Slots found = SlotsFor(working, rules, requirement);
  const std::vector<Slot>& slots = found.slots;
  if (found.whole == 0) return false;
  const std::int64_t needed = SmallestSumReaching(requirement.minimum, found.whole * kMilliPerUnit, rules.rounding) - found.sum;
  if (needed <= 0) return true;
  const auto steps = FewestSteps(slots, needed);
  if (!steps) return false;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    if ((*steps)[i] == 0) continue;
    GradeList(working, slots[i].source, slots[i].subject)[slots[i].index] =
        kScale[static_cast<std::size_t>(slots[i].position + (*steps)[i])];
  }
  return true;
}

int StepsBetween(const GradeChange& change) {
  return ScalePosition(change.to.value_or(0)).value_or(0) - ScalePosition(change.from.value_or(0)).value_or(0);
}

void DiffSubjects(const std::vector<SubjectGrades>& base, const std::vector<SubjectGrades>& scenario,
                  GradeSource source, std::vector<GradeChange>& out) {
  auto find = [](const std::vector<SubjectGrades>& list, const std::string& subject) -> const std::vector<int>* {
    for (const SubjectGrades& entry : list) {
      if (entry.subject == subject) return &entry.grades;
    }
    return nullptr;
  };
  std::vector<std::string> subjects;
  for (const auto* list : {&base, &scenario}) {
    for (const SubjectGrades& entry : *list) {
      if (std::find(subjects.begin(), subjects.end(), entry.subject) == subjects.end()) subjects.push_back(entry.subject);
    }
  }
  static const std::vector<int> kNone;
  for (const std::string& subject : subjects) {
    const std::vector<int>* before = find(base, subject);
    const std::vector<int>* after = find(scenario, subject);
    const std::vector<int>& b = before ? *before : kNone;
    const std::vector<int>& a = after ? *after : kNone;
    for (std::size_t i = 0; i < std::max(a.size(), b.size()); ++i) {
      const std::optional<int> from = i < b.size() ? std::optional<int>(b[i]) : std::nullopt;
      const std::optional<int> to = i < a.size() ? std::optional<int>(a[i]) : std::nullopt;
      if (from != to) out.push_back(GradeChange{source, subject, i, from, to});
    }
  }
}

}  // namespace

PathToReady SmallestPathToReady(const UpvInput& input, const RuleSet& rules, Track track) {
  PathToReady path;
  path.track = track;
  UpvInput working = input;
  bool reachable = true;
  bool met_now = true;
  // Subject requirements first, then averages over everything (see the header).
  for (const RequirementKind kind : {RequirementKind::kSubjectAverage, RequirementKind::kAverageOfAll}) {
    for (const Requirement& requirement : rules.requirements) {
      if (requirement.track != track || requirement.kind != kind || !AppliesAt(requirement, input.grade_level)) continue;
      if (SlotsFor(working, rules, requirement).whole == 0) {
        path.subjects_without_grades.push_back(kind == RequirementKind::kSubjectAverage ? requirement.subject : "");
        reachable = false;
        met_now = false;
        continue;
      }
      const UpvInput before = working;
      if (!MeetRequirement(working, requirement, rules)) {
        reachable = false;
        met_now = false;
      } else if (!(before == working)) {
        met_now = false;
      }
    }
  }
  path.academic_met = met_now;
  path.reachable = reachable;
  if (reachable) {
    path.changes = DiffGrades(input, working);
    for (const GradeChange& change : path.changes) path.steps += StepsBetween(change);
  }
  for (const Prerequisite prerequisite : kAllPrerequisites) {
    if (RequiresPrerequisite(rules, prerequisite, track) && !PrerequisiteValue(input, prerequisite).value_or(false)) {
      path.prerequisites_needed.push_back(prerequisite);
    }
  }
  return path;
}

std::vector<GradeChange> DiffGrades(const UpvInput& base, const UpvInput& scenario) {
  std::vector<GradeChange> changes;
  DiffSubjects(base.standpunkt, scenario.standpunkt, GradeSource::kStandpunkt, changes);
  DiffSubjects(base.exam, scenario.exam, GradeSource::kExam, changes);
  return changes;
}

Result<UpvInput> ApplyChange(const UpvInput& input, const GradeChange& change) {
  const std::string field = std::string(change.source == GradeSource::kExam ? "exam." : "standpunkt.") + change.subject;
  if (!IsValidSubjectName(change.subject)) return Fail(MakeError(ErrorCode::kUpvInvalidSubject, field, change.subject));
  if (change.to && !IsGrade(*change.to)) return Fail(MakeError(ErrorCode::kUpvInvalidGrade, field, std::to_string(*change.to)));
  UpvInput result = input;
  std::vector<int>& grades = GradeList(result, change.source, change.subject);
  if (change.index > grades.size() || (change.index == grades.size() && !change.to)) {
    return Fail(MakeError(ErrorCode::kBadRequest, field, std::to_string(change.index)));
  }
  if (change.index == grades.size()) {
    if (grades.size() >= kMaxGradesPerSubject) return Fail(MakeError(ErrorCode::kUpvTooManyGrades, field, std::to_string(kMaxGradesPerSubject)));
    grades.push_back(*change.to);
  } else if (change.to) {
    grades[change.index] = *change.to;
  } else {
    grades.erase(grades.begin() + static_cast<std::ptrdiff_t>(change.index));
  }
  return result;
}

Result<WhatIfResult> WhatIf(const UpvInput& base, const UpvInput& scenario, const RuleSet& rules) {
  auto before = Assess(base, rules);
  if (!before) return Fail(before.error());
  auto after = Assess(scenario, rules);
  if (!after) return Fail(after.error());
  WhatIfResult result;
  result.grade_changes = DiffGrades(base, scenario);
  for (const Track track : kAllTracks) {
    const bool was = ForTrack(*before, track).ready;
    const bool is = ForTrack(*after, track).ready;
    if (was != is) result.track_changes.push_back(TrackChange{track, was, is});
    if (!is) result.paths.push_back(SmallestPathToReady(scenario, rules, track));
  }
  result.before = std::move(*before);
  result.after = std::move(*after);
  return result;
}

}  // namespace optagelse::upv
