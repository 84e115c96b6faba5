// Names and consistency checks for rule sets: see rule_set.h.
#include "upv/rule_set.h"

#include <algorithm>

namespace optagelse::upv {
namespace {

bool Contains(const std::vector<int>& values, int value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

Problem Invalid(std::string field, std::string detail) {
  return MakeError(ErrorCode::kRuleSetInvalid, std::move(field), std::move(detail));
}

// Bands on the exam average fall from band to band; a band on single subjects (`each_of`) needs a
// minimum and subject names; the last band catches everyone.
void CheckBands(const std::vector<PlaceBand>& bands, const std::string& field, std::vector<Problem>& problems) {
  if (bands.empty() || bands.back().minimum.has_value()) {
    problems.push_back(Invalid(field, "the last band must have no minimum"));
    return;
  }
  const PlaceBand* previous_on_average = nullptr;
  for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
    const PlaceBand& band = bands[i];
    if (!band.minimum) problems.push_back(Invalid(field, "only the last band may have no minimum"));
    for (const std::string& subject : band.each_of) {
      if (!IsValidSubjectName(subject)) problems.push_back(Invalid(field, "bad subject name in each_of"));
    }
    if (!band.each_of.empty() || !band.minimum) continue;
    if (previous_on_average != nullptr && *band.minimum >= *previous_on_average->minimum) {
      problems.push_back(Invalid(field, "band minimums must fall"));
    }
    previous_on_average = &band;
  }
}

void CheckTrackLevels(const RightToPlaceRules& place, const RuleSet& rules, std::vector<Problem>& problems) {
  for (std::size_t i = 0; i < place.tracks.size(); ++i) {
    const TrackPlaceRule& rule = place.tracks[i];
    const std::string field = "right_to_place." + std::string(TrackName(rule.track)) + ".grade_levels";
    for (const int level : rule.grade_levels) {
      if (level < place.from_grade_level || !Contains(rules.grade_levels, level)) {
        problems.push_back(Invalid(field, "a level the table does not cover"));
      }
    }
    for (std::size_t j = 0; j < i; ++j) {
      const TrackPlaceRule& other = place.tracks[j];
      if (other.track != rule.track) continue;
      const bool overlap = rule.grade_levels.empty() || other.grade_levels.empty() ||
                           std::any_of(rule.grade_levels.begin(), rule.grade_levels.end(),
                                       [&](int level) { return Contains(other.grade_levels, level); });
      if (overlap) problems.push_back(Invalid(field, "two tables for one track and level"));
    }
  }
}

// Each part names an exam that is not itself a part, weighs more than nothing, and the parts of one
// exam weigh 100 % together.
void CheckExamParts(const std::vector<ExamPart>& parts, std::vector<Problem>& problems) {
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const ExamPart& part = parts[i];
    const std::string field = "exam_parts[" + std::to_string(i) + "]";
    if (!IsValidSubjectName(part.part) || !IsValidSubjectName(part.exam) || part.part == part.exam) {
      problems.push_back(Invalid(field, "a part and its exam are two subject names"));
    }
    if (part.weight <= 0 || part.weight > kMilliPerUnit) problems.push_back(Invalid(field + ".weight", "more than 0, at most 1"));
    Milli total = 0;
    for (const ExamPart& other : parts) {
      if (other.exam == part.exam) total += other.weight;
      if (other.part == part.exam) problems.push_back(Invalid(field, "an exam that is itself a part"));
    }
    if (total != kMilliPerUnit) problems.push_back(Invalid(field + ".weight", "the parts of " + part.exam + " weigh 1 together"));
    for (std::size_t j = 0; j < i; ++j) {
      if (parts[j].part == part.part) problems.push_back(Invalid(field, "a part twice"));
    }
  }
}

}  // namespace

std::string_view TrackName(Track track) {
  switch (track) {
    case Track::kEud: return "eud";
    case Track::kHf: return "hf";
    case Track::kGym: return "gym";
  }
  return "gym";
}

std::optional<Track> TrackFromName(std::string_view name) {
  for (const Track track : kAllTracks) {
    if (TrackName(track) == name) return track;
  }
  return std::nullopt;
}

std::string_view PrerequisiteName(Prerequisite prerequisite) {
  switch (prerequisite) {
    case Prerequisite::kPersonal: return "personal";
    case Prerequisite::kSocial: return "social";
    case Prerequisite::kPractical: return "practical";
  }
  return "personal";
}

std::string_view PlaceOutcomeName(PlaceOutcome outcome) {
  switch (outcome) {
    case PlaceOutcome::kRight: return "right_to_place";
    case PlaceOutcome::kRightAfterTalk: return "right_after_guidance_talk";
    case PlaceOutcome::kTestAndTalk: return "admission_test_and_talk";
    case PlaceOutcome::kNoRight: return "no_right_to_place";
  }
  return "no_right_to_place";
}

bool AssessesGradeLevel(const RuleSet& rules, int grade_level) { return Contains(rules.grade_levels, grade_level); }

bool IsProvisional(const RuleSet& rules, int grade_level) {
  return Contains(rules.provisional_grade_levels, grade_level);
}

bool RequiresPrerequisite(const RuleSet& rules, Prerequisite prerequisite, Track track) {
  for (const PrerequisiteRule& rule : rules.prerequisites) {
    if (rule.prerequisite != prerequisite) continue;
    return std::find(rule.required_for.begin(), rule.required_for.end(), track) != rule.required_for.end();
  }
  return false;
}

const ExamPart* FindExamPart(const RuleSet& rules, std::string_view subject) {
  for (const ExamPart& part : rules.exam_parts) {
    if (part.part == subject) return &part;
  }
  return nullptr;
}

bool IsValidSubjectName(std::string_view name) {
  if (name.empty() || name.size() > 40) return false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    if ((c >= 'a' && c <= 'z') || c == '_') continue;
    // æ ø å in UTF-8: C3 A6, C3 B8, C3 A5.
    if (c == 0xC3 && i + 1 < name.size()) {
      const unsigned char next = static_cast<unsigned char>(name[i + 1]);
      if (next == 0xA6 || next == 0xB8 || next == 0xA5) {
        ++i;
        continue;
      }
    }
    return false;
  }
  return true;
}

std::vector<Problem> ValidateRuleSet(const RuleSet& rules) {
  std::vector<Problem> problems;
  if (rules.admission_year < 2000 || rules.admission_year > 2100) {
    problems.push_back(Invalid("admission_year", "year out of range"));
  }
  if (rules.rounding.decimals < 0 || rules.rounding.decimals > 3) {
    problems.push_back(Invalid("rounding.decimals", "0 to 3 decimals"));
  }
  if (rules.grade_levels.empty()) problems.push_back(Invalid("grade_levels", "no grade levels"));
  for (const int level : rules.grade_levels) {
    if (level < 8 || level > 10) problems.push_back(Invalid("grade_levels", "grade levels are 8, 9 and 10"));
  }
  for (const int level : rules.provisional_grade_levels) {
    if (!Contains(rules.grade_levels, level)) {
      problems.push_back(Invalid("provisional_grade_levels", "a provisional level that is not assessed"));
    }
  }
  for (std::size_t i = 0; i < rules.requirements.size(); ++i) {
    const Requirement& requirement = rules.requirements[i];
    const std::string field = "requirements[" + std::to_string(i) + "]";
    if (requirement.kind == RequirementKind::kSubjectAverage && !IsValidSubjectName(requirement.subject)) {
      problems.push_back(Invalid(field + ".subject", "a subject requirement needs a subject"));
    }
    for (const int level : requirement.grade_levels) {
      if (!Contains(rules.grade_levels, level)) problems.push_back(Invalid(field + ".grade_levels", "level not assessed"));
    }
  }
  for (const int level : rules.grade_levels) {
    for (const Track track : kAllTracks) {
      const bool covered = std::any_of(rules.requirements.begin(), rules.requirements.end(), [&](const Requirement& r) {
        return r.track == track && Contains(r.grade_levels, level);
      });
      if (!covered) {
        problems.push_back(Invalid("requirements", std::string(TrackName(track)) + " has no requirement in grade " +
                                                       std::to_string(level)));
      }
    }
  }
  for (Problem& problem : transport::ValidateTransportRules(rules.transport)) problems.push_back(std::move(problem));
  if (!rules.has_upv && !rules.prerequisites.empty()) {
    problems.push_back(Invalid("prerequisites", "a rule set without UPV has no prerequisites"));
  }
  if (rules.right_to_place) {
    const RightToPlaceRules& place = *rules.right_to_place;
    if (place.exam_subjects.empty()) problems.push_back(Invalid("right_to_place.exam_subjects", "no exam subjects"));
    for (const std::string& subject : place.exam_subjects) {
      if (!IsValidSubjectName(subject)) problems.push_back(Invalid("right_to_place.exam_subjects", "bad subject name"));
    }
    for (const TrackPlaceRule& rule : place.tracks) {
      const std::string field = "right_to_place." + std::string(TrackName(rule.track));
      CheckBands(rule.when_ready, field + ".when_ready", problems);
      CheckBands(rule.when_not_ready, field + ".when_not_ready", problems);
    }
    CheckTrackLevels(place, rules, problems);
  }
  CheckExamParts(rules.exam_parts, problems);
  const allocation::AllocationRules& allocation = rules.allocation;
  if (allocation.forrang_tiers.empty() || allocation.forrang_tiers.size() > 60) {
    problems.push_back(Invalid("allocation.forrang_tiers", "1 to 60 grounds"));
  }
  for (std::size_t i = 0; i < allocation.forrang_tiers.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (allocation.forrang_tiers[i] == allocation.forrang_tiers[j]) problems.push_back(Invalid("allocation.forrang_tiers", "a ground twice"));
    }
  }
  if (allocation.forrang_wishes < 0 || allocation.forrang_wishes > 10) problems.push_back(Invalid("allocation.forrang_wishes", "0 to 10"));
  if (allocation.equal_from_rank < 1 || allocation.equal_from_rank > 60) problems.push_back(Invalid("allocation.equal_from_rank", "1 to 60"));
  if (allocation.nearest_seat_minutes < 0 || allocation.nearest_seat_minutes > 600) {
    problems.push_back(Invalid("allocation.nearest_seat_minutes", "0 to 600"));
  }
  if (rules.ready_label.da.empty() || rules.ready_label.en.empty() || rules.not_ready_label.da.empty() ||
      rules.not_ready_label.en.empty()) {
    problems.push_back(Invalid("labels", "labels need Danish and English text"));
  }
  return problems;
}

}  // namespace optagelse::upv
