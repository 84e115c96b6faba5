// Assess(input, rules): per track ready / not ready, with every reason - each requirement and
// prerequisite, met or not, with the pupil's value next to the required one ("matematik 1,5 <
// 2,0") - and, from grade 9 where the rule set has the 2019 table, the right to a place.
// docs/domain.md "UPV": ready = the academic requirement holds and the required prerequisites are met.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/problem.h"
#include "upv/rule_set.h"
#include "upv/upv_input.h"

namespace optagelse::upv {

enum class ReasonKind {
  kAverageOfAll,             // actual vs required
  kSubjectAverage,           // actual vs required for `subject`
  kNoGrades,                 // the requirement has nothing to average (subject empty when set)
  kPrerequisite,             // assessed: met or not
  kPrerequisiteNotAssessed,  // required but not yet assessed
};

struct Reason {
  ReasonKind kind = ReasonKind::kAverageOfAll;
  bool met = false;
  GradeSource source = GradeSource::kStandpunkt;
  std::string subject;
  Milli actual = 0;
  Milli required = 0;
  Prerequisite prerequisite = Prerequisite::kPersonal;
  friend bool operator==(const Reason&, const Reason&) = default;
};

struct TrackAssessment {
  Track track = Track::kGym;
  bool ready = false;
  std::vector<Reason> reasons;             // requirements first, then prerequisites
  std::optional<PlaceOutcome> right_to_place;  // only where the rule set's table applies
  friend bool operator==(const TrackAssessment&, const TrackAssessment&) = default;
};

struct Assessment {
  int admission_year = 0;
  bool has_upv = true;
  bool provisional = false;             // grade 8 results are provisional
  int decimals = 1;                     // how averages are shown
  std::optional<Milli> exam_average;    // of the compulsory exam subjects, when all are present
  std::vector<TrackAssessment> tracks;  // in kAllTracks order
  friend bool operator==(const Assessment&, const Assessment&) = default;
};

// Invalid input (see ValidateUpvInput) gives the first problem; callers wanting every problem
// call ValidateUpvInput first.
Result<Assessment> Assess(const UpvInput& input, const RuleSet& rules);

const TrackAssessment& ForTrack(const Assessment& assessment, Track track);

}  // namespace optagelse::upv
