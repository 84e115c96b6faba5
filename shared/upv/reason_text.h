// The words a pupil, a guardian and a teacher read for an assessment: each reason as one short
// line in Danish or English ("matematik 1,5 < 2,0"), a track's verdict with the rule set's label
// (the 2022 relabelling lives in the rule set), and the path to readiness as sentences.
#pragma once

#include <string>

#include "core/language.h"
#include "upv/assessment.h"
#include "upv/what_if.h"

namespace optagelse::upv {

std::string SubjectDisplayName(const std::string& subject, Language language);
std::string TrackDisplayName(Track track, Language language);
std::string DescribeReason(const Reason& reason, int decimals, Language language);
std::string DescribeVerdict(const TrackAssessment& track, const RuleSet& rules, Language language);
std::string DescribePlaceOutcome(PlaceOutcome outcome, Language language);
std::string DescribeChange(const GradeChange& change, Language language);
std::string DescribePath(const PathToReady& path, Language language);

}  // namespace optagelse::upv
