// What-if scenarios for UPV: compare a scenario with the pupil's real grades (which tracks change,
// which grades differ), and compute the smallest grade changes that would make the pupil
// academically ready for a track - counted in steps on the 7-point scale (02 -> 4 is one step).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"
#include "upv/assessment.h"

namespace optagelse::upv {

// One grade changed, added (from absent) or removed (to absent).
struct GradeChange {
  GradeSource source = GradeSource::kStandpunkt;
  std::string subject;
  std::size_t index = 0;  // position in the subject's grade list
  std::optional<int> from;
  std::optional<int> to;
  friend bool operator==(const GradeChange&, const GradeChange&) = default;
};

struct PathToReady {
  Track track = Track::kGym;
  bool academic_met = false;      // the grade requirements hold already
  bool reachable = false;         // raising existing grades can meet them
  int steps = 0;                  // total steps in `changes`
  std::vector<GradeChange> changes;
  std::vector<Prerequisite> prerequisites_needed;  // required and not (yet) met: no grade fixes these
  std::vector<std::string> subjects_without_grades;  // a requirement has nothing to raise
};

// The fewest steps up the scale, over existing grades, that meet every grade requirement of the
// track at the pupil's grade level. Exact for requirements on disjoint grades (all of today's rule
// sets); where an average-of-all requirement overlaps subject requirements, the subjects are met
// first and the average is then completed with the fewest further steps.
PathToReady SmallestPathToReady(const UpvInput& input, const RuleSet& rules, Track track);

struct TrackChange {
  Track track = Track::kGym;
  bool ready_before = false;
  bool ready_after = false;
};

struct WhatIfResult {
  Assessment before;
  Assessment after;
  std::vector<GradeChange> grade_changes;  // scenario vs base
  std::vector<TrackChange> track_changes;  // only tracks whose readiness changed
  std::vector<PathToReady> paths;          // from the scenario, one per track not ready
};

// Assesses both, lists what differs, and the smallest path to readiness from the scenario.
Result<WhatIfResult> WhatIf(const UpvInput& base, const UpvInput& scenario, const RuleSet& rules);

// The grade differences between two inputs, subject by subject, position by position.
std::vector<GradeChange> DiffGrades(const UpvInput& base, const UpvInput& scenario);

// Sets one grade (index == size appends; to == nullopt removes it). Invalid values are refused.
Result<UpvInput> ApplyChange(const UpvInput& input, const GradeChange& change);

}  // namespace optagelse::upv
