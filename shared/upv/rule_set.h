// The readiness rules of one admission year (regelsæt), as data: which grade levels are assessed,
// the academic requirement per grade level and track, which personal/social/practical
// prerequisites a track needs, rounding, the right-to-a-place table (2019 rules) and the labels
// (the 2022 relabelling). From 2024/25 there is no UPV step: has_upv is false and the grade
// requirements are admission requirements. Files live in assets/rules/<year>.json.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/language.h"
#include "allocation/allocation_rules.h"
#include "applications/application_rules.h"
#include "transport/transport_rules.h"
#include "core/problem.h"
#include "retention/retention_rules.h"
#include "upv/decimal.h"

namespace optagelse::upv {

// The three tracks UPV assesses: EUD/eux, 2-year hf, 3-year stx/hhx/htx ("gym").
enum class Track { kEud, kHf, kGym };
inline constexpr Track kAllTracks[] = {Track::kEud, Track::kHf, Track::kGym};
std::string_view TrackName(Track track);  // "eud", "hf", "gym"
std::optional<Track> TrackFromName(std::string_view name);

enum class GradeSource { kStandpunkt, kExam };

enum class RequirementKind {
  kAverageOfAll,    // the average of every grade from the source
  kSubjectAverage,  // the average of one subject's grades from the source
};

struct Requirement {
  Track track = Track::kGym;
  std::vector<int> grade_levels;
  RequirementKind kind = RequirementKind::kAverageOfAll;
  GradeSource source = GradeSource::kStandpunkt;
  std::string subject;  // for kSubjectAverage
  Milli minimum = 0;
};

enum class Prerequisite { kPersonal, kSocial, kPractical };
inline constexpr Prerequisite kAllPrerequisites[] = {Prerequisite::kPersonal, Prerequisite::kSocial,
                                                     Prerequisite::kPractical};
std::string_view PrerequisiteName(Prerequisite prerequisite);  // "personal", "social", "practical"

struct PrerequisiteRule {
  Prerequisite prerequisite = Prerequisite::kPersonal;
  std::vector<Track> required_for;
};

// Outcomes of the right-to-a-place table (retskrav).
enum class PlaceOutcome { kRight, kRightAfterTalk, kTestAndTalk, kNoRight };
std::string_view PlaceOutcomeName(PlaceOutcome outcome);

// The first band that matches decides. A band with a minimum and no `each_of` matches when the
// exam average reaches it; with `each_of` ("dansk", "matematik") when each of those subjects'
// exam average reaches it (hf from grade 10: at least 02 in Danish and in maths); a band without
// minimum matches all.
struct PlaceBand {
  std::optional<Milli> minimum;
  std::vector<std::string> each_of;
  PlaceOutcome outcome = PlaceOutcome::kNoRight;
};

struct TrackPlaceRule {
  Track track = Track::kGym;
  std::vector<int> grade_levels;  // empty: every level from RightToPlaceRules::from_grade_level
  std::vector<PlaceBand> when_ready;
  std::vector<PlaceBand> when_not_ready;
};

struct RightToPlaceRules {
  int from_grade_level = 9;
  std::vector<std::string> exam_subjects;  // the compulsory exam subjects whose average counts
  std::vector<TrackPlaceRule> tracks;
};

// A part of a leaving exam graded on its own (written Danish: retskrivning 25 %, læsning 25 %,
// skriftlig fremstilling 50 %; written maths: with and without aids, 50 % each). The exam's grade is
// the weighted mean of its parts, and counts as one exam grade (docs/domain.md "UPV", "Exam
// averages").
struct ExamPart {
  std::string part;  // "dansk_retskrivning"
  std::string exam;  // "dansk_skriftlig"
  Milli weight = 0;  // in thousandths of the exam: 250 is 25 %
};

struct Label {
  std::string da;
  std::string en;
  const std::string& In(Language language) const { return language == Language::kDanish ? da : en; }
};

struct RuleSet {
  int admission_year = 0;
  bool has_upv = true;
  std::vector<int> grade_levels;
  std::vector<int> provisional_grade_levels;
  Rounding rounding;
  std::vector<Requirement> requirements;
  std::vector<PrerequisiteRule> prerequisites;
  std::optional<RightToPlaceRules> right_to_place;
  std::vector<ExamPart> exam_parts;
  Label ready_label;
  Label not_ready_label;
  // The same year's allocation rules. (The year's rule set lives in upv/ for historical reasons;
  // it should move to a rules/ module of its own.)
  allocation::AllocationRules allocation;
  // The application window, deadline and signature age; nullopt in a year nobody applies under.
  std::optional<applications::ApplicationRules> application;
  // The transport-time estimator's parameters (defaults when the file has no "transport" section).
  transport::TransportRules transport;
  // How long the year's personal data is kept (privacy notice); nullopt: the file says nothing
  // and the retention job keeps (and reports) that year's data.
  std::optional<retention::RetentionRules> retention;
};

// Every inconsistency in a rule set (a track without requirements at an assessed grade level, an
// unsorted band list, a prerequisite in a set without UPV ...), each a kRuleSetInvalid problem.
std::vector<Problem> ValidateRuleSet(const RuleSet& rules);

bool AssessesGradeLevel(const RuleSet& rules, int grade_level);
bool IsProvisional(const RuleSet& rules, int grade_level);
bool RequiresPrerequisite(const RuleSet& rules, Prerequisite prerequisite, Track track);
// The exam part of that name, or nullptr when `subject` is not a part.
const ExamPart* FindExamPart(const RuleSet& rules, std::string_view subject);

// A subject name as the rule sets and inputs spell it: 1-40 lower-case letters (a-z, æøå) and '_'.
bool IsValidSubjectName(std::string_view name);

}  // namespace optagelse::upv
