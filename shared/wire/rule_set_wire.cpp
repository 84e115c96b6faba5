// Rule set files: see rule_set_wire.h and assets/rules/README.md for the format.
#include "wire/rule_set_wire.h"

#include <cctype>

#include <algorithm>
#include <initializer_list>

namespace optagelse::wire {
namespace {

using upv::Milli;

Problem Invalid(std::string field, std::string detail) {
  return MakeError(ErrorCode::kRuleSetInvalid, std::move(field), std::move(detail));
}

Result<const Json*> Member(const Json& object, std::string_view name, const std::string& path, bool required) {
  if (!object.is_object()) return Fail(Invalid(path, "expected an object"));
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) {
    if (required) return Fail(Invalid(path + "." + std::string(name), "missing"));
    return static_cast<const Json*>(nullptr);
  }
  return &*it;
}

// Refuses members the format does not have: a misspelt key must not be silently ignored.
// The shared check of members (json.h), reported as a rule-set problem.
Result<void> OnlyRuleMembers(const Json& object, std::initializer_list<std::string_view> known, const std::string& path) {
  auto known_only = OnlyKnownMembers(object, known, path);
  if (known_only) return {};
  const Problem& problem = known_only.error();
  return Fail(Invalid(problem.field, problem.code == ErrorCode::kWrongFieldType ? "expected an object" : "unknown field"));
}

Result<Milli> ReadMilli(const Json& value, const std::string& path) {
  if (!value.is_string()) return Fail(Invalid(path, "a decimal written as a string, e.g. \"4.0\""));
  const auto milli = upv::ParseMilli(value.get<std::string>());
  if (!milli) return Fail(Invalid(path, "not a decimal number"));
  return *milli;
}

Result<std::vector<int>> ReadLevels(const Json& value, const std::string& path) {
  if (!value.is_array()) return Fail(Invalid(path, "expected an array of grade levels"));
  std::vector<int> levels;
  for (const Json& item : value) {
    if (!item.is_number_integer()) return Fail(Invalid(path, "grade levels are integers"));
    levels.push_back(item.get<int>());
  }
  return levels;
}

Result<upv::Track> ReadTrack(const Json& value, const std::string& path) {
  const auto track = value.is_string() ? upv::TrackFromName(value.get<std::string>()) : std::nullopt;
  if (!track) return Fail(Invalid(path, "a track: eud, hf or gym"));
  return *track;
}

Result<upv::Requirement> ReadRequirement(const Json& value, const std::string& path) {
  if (auto known = OnlyRuleMembers(value, {"track", "grade_levels", "average_of", "grades", "min"}, path); !known) {
    return Fail(known.error());
  }
  upv::Requirement requirement;
  auto track = Member(value, "track", path, true);
  if (!track) return Fail(track.error());
  auto parsed_track = ReadTrack(**track, path + ".track");
  if (!parsed_track) return Fail(parsed_track.error());
  requirement.track = *parsed_track;
  auto levels = Member(value, "grade_levels", path, true);
  if (!levels) return Fail(levels.error());
  auto parsed_levels = ReadLevels(**levels, path + ".grade_levels");
  if (!parsed_levels) return Fail(parsed_levels.error());
  requirement.grade_levels = std::move(*parsed_levels);
  auto of = Member(value, "average_of", path, true);
  if (!of) return Fail(of.error());
  if (!(*of)->is_string()) return Fail(Invalid(path + ".average_of", "\"all\" or a subject"));
  const std::string subject = (*of)->get<std::string>();
  requirement.kind = subject == "all" ? upv::RequirementKind::kAverageOfAll : upv::RequirementKind::kSubjectAverage;
  if (subject != "all") requirement.subject = subject;
  auto grades = Member(value, "grades", path, false);
  if (!grades) return Fail(grades.error());
  if (*grades != nullptr) {
    const std::string source = (*grades)->is_string() ? (*grades)->get<std::string>() : "";
    if (source != "standpunkt" && source != "exam") return Fail(Invalid(path + ".grades", "\"standpunkt\" or \"exam\""));
    requirement.source = source == "exam" ? upv::GradeSource::kExam : upv::GradeSource::kStandpunkt;
  }
  auto minimum = Member(value, "min", path, true);
  if (!minimum) return Fail(minimum.error());
  auto parsed_minimum = ReadMilli(**minimum, path + ".min");
  if (!parsed_minimum) return Fail(parsed_minimum.error());
  requirement.minimum = *parsed_minimum;
  return requirement;
}

Result<std::vector<std::string>> ReadSubjects(const Json& value, const std::string& path) {
  if (!value.is_array()) return Fail(Invalid(path, "an array of subjects"));
  std::vector<std::string> subjects;
  for (const Json& subject : value) {
    if (!subject.is_string()) return Fail(Invalid(path, "an array of subjects"));
    subjects.push_back(subject.get<std::string>());
  }
  return subjects;
}

Result<upv::PlaceOutcome> ReadOutcome(const Json& value, const std::string& path) {
  for (const auto candidate : {upv::PlaceOutcome::kRight, upv::PlaceOutcome::kRightAfterTalk,
                               upv::PlaceOutcome::kTestAndTalk, upv::PlaceOutcome::kNoRight}) {
    if (value.is_string() && value.get<std::string>() == upv::PlaceOutcomeName(candidate)) return candidate;
  }
  return Fail(Invalid(path, "unknown outcome"));
}

Result<std::vector<upv::PlaceBand>> ReadBands(const Json& value, const std::string& path) {
  if (!value.is_array()) return Fail(Invalid(path, "expected an array of bands"));
  std::vector<upv::PlaceBand> bands;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string at = path + "[" + std::to_string(i) + "]";
    if (auto known = OnlyRuleMembers(value[i], {"min", "each_of", "outcome"}, at); !known) return Fail(known.error());
    upv::PlaceBand band;
    auto minimum = Member(value[i], "min", at, false);
    if (!minimum) return Fail(minimum.error());
    if (*minimum != nullptr) {
      auto parsed = ReadMilli(**minimum, at + ".min");
      if (!parsed) return Fail(parsed.error());
      band.minimum = *parsed;
    }
    auto each_of = Member(value[i], "each_of", at, false);
    if (!each_of) return Fail(each_of.error());
    if (*each_of != nullptr) {
      auto subjects = ReadSubjects(**each_of, at + ".each_of");
      if (!subjects) return Fail(subjects.error());
      band.each_of = std::move(*subjects);
    }
    auto outcome = Member(value[i], "outcome", at, true);
    if (!outcome) return Fail(outcome.error());
    auto parsed_outcome = ReadOutcome(**outcome, at + ".outcome");
    if (!parsed_outcome) return Fail(parsed_outcome.error());
    band.outcome = *parsed_outcome;
    bands.push_back(std::move(band));
  }
  return bands;
}

// One track's table: {"when_ready": [...], "when_not_ready": [...]}, with "grade_levels" when the
// track has a table per level (written as an array of such tables).
Result<upv::TrackPlaceRule> ReadTrackTable(const Json& table, upv::Track track, const std::string& at, bool per_level) {
  if (auto known = OnlyRuleMembers(table, {"grade_levels", "when_ready", "when_not_ready"}, at); !known) {
    return Fail(known.error());
  }
  upv::TrackPlaceRule rule;
  rule.track = track;
  auto levels = Member(table, "grade_levels", at, per_level);
  if (!levels) return Fail(levels.error());
  if (*levels != nullptr) {
    auto parsed = ReadLevels(**levels, at + ".grade_levels");
    if (!parsed) return Fail(parsed.error());
    rule.grade_levels = std::move(*parsed);
  }
  for (const auto& [key, out] : {std::pair{"when_ready", &rule.when_ready}, std::pair{"when_not_ready", &rule.when_not_ready}}) {
    auto bands_json = Member(table, key, at, true);
    if (!bands_json) return Fail(bands_json.error());
    auto bands = ReadBands(**bands_json, at + "." + key);
    if (!bands) return Fail(bands.error());
    *out = std::move(*bands);
  }
  return rule;
}

Result<upv::RightToPlaceRules> ReadRightToPlace(const Json& value, const std::string& path) {
  upv::RightToPlaceRules rules;
  auto from = Member(value, "from_grade_level", path, true);
  if (!from) return Fail(from.error());
  if (!(*from)->is_number_integer()) return Fail(Invalid(path + ".from_grade_level", "an integer"));
  rules.from_grade_level = (*from)->get<int>();
  auto subjects = Member(value, "exam_subjects", path, true);
  if (!subjects) return Fail(subjects.error());
  auto parsed_subjects = ReadSubjects(**subjects, path + ".exam_subjects");
  if (!parsed_subjects) return Fail(parsed_subjects.error());
  rules.exam_subjects = std::move(*parsed_subjects);
  auto tracks = Member(value, "tracks", path, true);
  if (!tracks) return Fail(tracks.error());
  if (!(*tracks)->is_object()) return Fail(Invalid(path + ".tracks", "an object keyed by track"));
  for (const auto& [name, tables] : (*tracks)->items()) {
    const std::string at = path + ".tracks." + name;
    auto track = ReadTrack(Json(name), at);
    if (!track) return Fail(track.error());
    const bool per_level = tables.is_array();
    const std::size_t count = per_level ? tables.size() : 1;
    for (std::size_t i = 0; i < count; ++i) {
      const std::string table_at = per_level ? at + "[" + std::to_string(i) + "]" : at;
      auto rule = ReadTrackTable(per_level ? tables[i] : tables, *track, table_at, per_level);
      if (!rule) return Fail(rule.error());
      rules.tracks.push_back(std::move(*rule));
    }
  }
  return rules;
}

// "exam_parts": [{"part": "dansk_retskrivning", "exam": "dansk_skriftlig", "weight": "0.25"}, ...]
Result<std::vector<upv::ExamPart>> ReadExamParts(const Json& value) {
  if (!value.is_array()) return Fail(Invalid("exam_parts", "an array of parts"));
  std::vector<upv::ExamPart> parts;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const std::string at = "exam_parts[" + std::to_string(i) + "]";
    if (auto known = OnlyRuleMembers(value[i], {"part", "exam", "weight"}, at); !known) return Fail(known.error());
    upv::ExamPart part;
    for (const auto& [key, out] : {std::pair{"part", &part.part}, std::pair{"exam", &part.exam}}) {
      auto text = Member(value[i], key, at, true);
      if (!text) return Fail(text.error());
      if (!(*text)->is_string()) return Fail(Invalid(at + "." + key, "a subject name"));
      *out = (*text)->get<std::string>();
    }
    auto weight = Member(value[i], "weight", at, true);
    if (!weight) return Fail(weight.error());
    auto parsed = ReadMilli(**weight, at + ".weight");
    if (!parsed) return Fail(parsed.error());
    part.weight = *parsed;
    parts.push_back(std::move(part));
  }
  return parts;
}

Result<upv::Label> ReadLabel(const Json& labels, std::string_view name) {
  const std::string path = "labels." + std::string(name);
  auto label = Member(labels, name, "labels", true);
  if (!label) return Fail(label.error());
  auto da = Member(**label, "da", path, true);
  auto en = Member(**label, "en", path, true);
  if (!da) return Fail(da.error());
  if (!en) return Fail(en.error());
  if (!(*da)->is_string() || !(*en)->is_string()) return Fail(Invalid(path, "da and en are strings"));
  return upv::Label{(*da)->get<std::string>(), (*en)->get<std::string>()};
}

Result<void> ReadPrerequisites(const Json& value, upv::RuleSet& rules) {
  if (!value.is_object()) return Fail(Invalid("prerequisites", "an object keyed by prerequisite"));
  for (const auto& [name, tracks] : value.items()) {
    upv::PrerequisiteRule rule;
    bool known = false;
    for (const upv::Prerequisite candidate : upv::kAllPrerequisites) {
      if (upv::PrerequisiteName(candidate) == name) {
        rule.prerequisite = candidate;
        known = true;
      }
    }
    if (!known || !tracks.is_array()) return Fail(Invalid("prerequisites." + name, "a prerequisite with a list of tracks"));
    for (const Json& track : tracks) {
      auto parsed = ReadTrack(track, "prerequisites." + name);
      if (!parsed) return Fail(parsed.error());
      rule.required_for.push_back(*parsed);
    }
    rules.prerequisites.push_back(std::move(rule));
  }
  return {};
}

Result<int> ReadInt(const Json& object, std::string_view name, const std::string& path) {
  auto member = Member(object, name, path, true);
  if (!member) return Fail(member.error());
  if (!(*member)->is_number_integer()) return Fail(Invalid(path + "." + std::string(name), "an integer"));
  const auto value = (*member)->get<std::int64_t>();
  if (value < -1000000 || value > 1000000) return Fail(Invalid(path + "." + std::string(name), "out of range"));
  return static_cast<int>(value);
}

Result<allocation::AllocationRules> ReadAllocation(const Json& value) {
  const std::string path = "allocation";
  if (auto known = OnlyRuleMembers(value, {"forrang_tiers", "forrang_wishes", "equal_from_rank", "nearest_seat_minutes", "income_model", "central"}, path);
      !known) {
    return Fail(known.error());
  }
  allocation::AllocationRules rules;
  auto tiers = Member(value, "forrang_tiers", path, true);
  if (!tiers) return Fail(tiers.error());
  // Each entry a code, or an array of codes the rules rank equally: ["asf", ["s61", "handicap"], ...].
  constexpr const char* kTiersShape = "an array of codes, or of arrays of codes ranked equally";
  if (!(*tiers)->is_array()) return Fail(Invalid(path + ".forrang_tiers", kTiersShape));
  rules.forrang_tiers.clear();
  int tier = 0;
  for (const Json& entry : **tiers) {
    const bool group = entry.is_array();
    if (group ? entry.empty() : !entry.is_string()) return Fail(Invalid(path + ".forrang_tiers", kTiersShape));
    for (const Json& code : group ? entry : Json::array({entry})) {
      if (!code.is_string()) return Fail(Invalid(path + ".forrang_tiers", kTiersShape));
      rules.forrang_tiers.push_back(code.get<std::string>());
      rules.forrang_tier_of.push_back(tier);
    }
    ++tier;
  }
  for (const auto& [name, out] : {std::pair{"forrang_wishes", &rules.forrang_wishes}, std::pair{"equal_from_rank", &rules.equal_from_rank},
                                  std::pair{"nearest_seat_minutes", &rules.nearest_seat_minutes}}) {
    auto number = ReadInt(value, name, path);
    if (!number) return Fail(number.error());
    *out = *number;
  }
  auto model = Member(value, "income_model", path, true);
  if (!model) return Fail(model.error());
  const std::string text = (*model)->is_string() ? (*model)->get<std::string>() : "";
  if (text != "none" && text != "law880") return Fail(Invalid(path + ".income_model", "\"none\" or \"law880\""));
  rules.income_model = text == "law880" ? allocation::IncomeModel::kLaw880 : allocation::IncomeModel::kNone;
  auto central = Member(value, "central", path, false);
  if (!central) return Fail(central.error());
  if (*central != nullptr) {
    if (!(*central)->is_boolean()) return Fail(Invalid(path + ".central", "true or false"));
    rules.central = (*central)->get<bool>();
  }
  return rules;
}

Result<Date> ReadDate(const Json& object, std::string_view name, const std::string& path) {
  auto member = Member(object, name, path, true);
  if (!member) return Fail(member.error());
  const auto date = (*member)->is_string() ? ParseIsoDate((*member)->get<std::string>()) : std::nullopt;
  if (!date) return Fail(Invalid(path + "." + std::string(name), "a date YYYY-MM-DD"));
  return *date;
}

// "application": {"opens": "2027-01-15", "deadline": "2027-03-01", "deadline_time": "23:59",
// "utc_offset_minutes": 60, "signature_under_age": 18, "max_wishes": 30}
Result<applications::ApplicationRules> ReadApplication(const Json& value) {
  const std::string path = "application";
  if (auto known = OnlyRuleMembers(value, {"opens", "deadline", "deadline_time", "utc_offset_minutes", "signature_under_age", "max_wishes"}, path);
      !known) {
    return Fail(known.error());
  }
  applications::ApplicationRules rules;
  auto opens = ReadDate(value, "opens", path);
  if (!opens) return Fail(opens.error());
  auto deadline = ReadDate(value, "deadline", path);
  if (!deadline) return Fail(deadline.error());
  rules.opens = *opens;
  rules.deadline_date = *deadline;
  auto time = Member(value, "deadline_time", path, true);
  if (!time) return Fail(time.error());
  const std::string text = (*time)->is_string() ? (*time)->get<std::string>() : "";
  const bool well_formed = text.size() == 5 && text[2] == ':' && std::isdigit(static_cast<unsigned char>(text[0])) &&
                           std::isdigit(static_cast<unsigned char>(text[1])) && std::isdigit(static_cast<unsigned char>(text[3])) &&
                           std::isdigit(static_cast<unsigned char>(text[4]));
  const int hour = well_formed ? (text[0] - '0') * 10 + (text[1] - '0') : 99;
  const int minute = well_formed ? (text[3] - '0') * 10 + (text[4] - '0') : 99;
  if (hour > 23 || minute > 59) return Fail(Invalid(path + ".deadline_time", "a time HH:MM"));
  rules.deadline_minute = hour * 60 + minute;
  for (const auto& [name, out] : {std::pair{"utc_offset_minutes", &rules.utc_offset_minutes},
                                  std::pair{"signature_under_age", &rules.signature_under_age},
                                  std::pair{"max_wishes", &rules.max_wishes}}) {
    auto number = ReadInt(value, name, path);
    if (!number) return Fail(number.error());
    *out = *number;
  }
  if (rules.max_wishes < 1 || rules.max_wishes > 100) return Fail(Invalid(path + ".max_wishes", "1 to 100"));
  if (rules.deadline_date < rules.opens) return Fail(Invalid(path + ".deadline", "on or after opens"));
  return rules;
}

// "transport": {"bicycle_kmh": 16, "bicycle_detour": 1.3, "transit_kmh": 25, "transit_detour": 1.4,
// "transit_fixed_minutes": 12}; every member required when the section is there.
Result<transport::TransportRules> ReadTransport(const Json& value) {
  const std::string path = "transport";
  if (auto known = OnlyRuleMembers(value, {"bicycle_kmh", "bicycle_detour", "transit_kmh", "transit_detour", "transit_fixed_minutes"}, path);
      !known) {
    return Fail(known.error());
  }
  transport::TransportRules rules;
  for (const auto& [name, out] : {std::pair{"bicycle_kmh", &rules.bicycle_kmh}, std::pair{"bicycle_detour", &rules.bicycle_detour},
                                  std::pair{"transit_kmh", &rules.transit_kmh}, std::pair{"transit_detour", &rules.transit_detour}}) {
    auto member = Member(value, name, path, true);
    if (!member) return Fail(member.error());
    if (!(*member)->is_number()) return Fail(Invalid(path + "." + name, "a number"));
    *out = (*member)->get<double>();
  }
  auto fixed = ReadInt(value, "transit_fixed_minutes", path);
  if (!fixed) return Fail(fixed.error());
  rules.transit_fixed_minutes = *fixed;
  return rules;
}

// "retention": {"processing_ends": "2027-08-31", "months_after_processing": 2,
// "years_after_grade_9": 2, "years_after_grade_10": 1}; every member required.
Result<retention::RetentionRules> ReadRetention(const Json& value) {
  const std::string path = "retention";
  if (auto known = OnlyRuleMembers(value, {"processing_ends", "months_after_processing", "years_after_grade_9", "years_after_grade_10"}, path);
      !known) {
    return Fail(known.error());
  }
  retention::RetentionRules rules;
  auto ends = ReadDate(value, "processing_ends", path);
  if (!ends) return Fail(ends.error());
  rules.processing_ends = *ends;
  for (const auto& [name, out] : {std::pair{"months_after_processing", &rules.months_after_processing},
                                  std::pair{"years_after_grade_9", &rules.years_after_grade_9},
                                  std::pair{"years_after_grade_10", &rules.years_after_grade_10}}) {
    auto number = ReadInt(value, name, path);
    if (!number) return Fail(number.error());
    if (*number < 0 || *number > 120) return Fail(Invalid(path + "." + name, "0 to 120"));
    *out = *number;
  }
  return rules;
}

Result<void> ReadRounding(const Json& value, upv::Rounding& rounding) {
  auto decimals = Member(value, "decimals", "rounding", true);
  auto mode = Member(value, "mode", "rounding", true);
  if (!decimals) return Fail(decimals.error());
  if (!mode) return Fail(mode.error());
  if (!(*decimals)->is_number_integer()) return Fail(Invalid("rounding.decimals", "an integer"));
  rounding.decimals = (*decimals)->get<int>();
  const std::string text = (*mode)->is_string() ? (*mode)->get<std::string>() : "";
  if (text != "half_up" && text != "truncate") return Fail(Invalid("rounding.mode", "\"half_up\" or \"truncate\""));
  rounding.mode = text == "half_up" ? upv::RoundingMode::kHalfUp : upv::RoundingMode::kTruncate;
  return {};
}

}  // namespace

Result<upv::RuleSet> RuleSetFromJson(const Json& value) {
  if (auto known = OnlyRuleMembers(value,
                                    {"format", "admission_year", "source", "upv", "grade_levels", "provisional_grade_levels",
                                     "rounding", "requirements", "prerequisites", "right_to_place", "exam_parts", "labels", "allocation",
                                     "application", "transport", "retention"},
                                    "");
      !known) {
    return Fail(known.error());
  }
  upv::RuleSet rules;
  auto format = Member(value, "format", "", true);
  if (!format) return Fail(format.error());
  if (!(*format)->is_string() || (*format)->get<std::string>() != kRuleSetFormat) {
    return Fail(Invalid("format", "expected " + std::string(kRuleSetFormat)));
  }
  auto year = Member(value, "admission_year", "", true);
  if (!year) return Fail(year.error());
  if (!(*year)->is_number_integer()) return Fail(Invalid("admission_year", "an integer"));
  rules.admission_year = (*year)->get<int>();
  auto has_upv = Member(value, "upv", "", true);
  if (!has_upv) return Fail(has_upv.error());
  if (!(*has_upv)->is_boolean()) return Fail(Invalid("upv", "true or false"));
  rules.has_upv = (*has_upv)->get<bool>();
  for (const auto& [name, out] : {std::pair{"grade_levels", &rules.grade_levels},
                                  std::pair{"provisional_grade_levels", &rules.provisional_grade_levels}}) {
    auto levels = Member(value, name, "", true);
    if (!levels) return Fail(levels.error());
    auto parsed = ReadLevels(**levels, name);
    if (!parsed) return Fail(parsed.error());
    *out = std::move(*parsed);
  }
  auto rounding = Member(value, "rounding", "", true);
  if (!rounding) return Fail(rounding.error());
  if (auto read = ReadRounding(**rounding, rules.rounding); !read) return Fail(read.error());
  auto requirements = Member(value, "requirements", "", true);
  if (!requirements) return Fail(requirements.error());
  if (!(*requirements)->is_array()) return Fail(Invalid("requirements", "an array"));
  for (std::size_t i = 0; i < (*requirements)->size(); ++i) {
    auto requirement = ReadRequirement((**requirements)[i], "requirements[" + std::to_string(i) + "]");
    if (!requirement) return Fail(requirement.error());
    rules.requirements.push_back(std::move(*requirement));
  }
  auto prerequisites = Member(value, "prerequisites", "", false);
  if (!prerequisites) return Fail(prerequisites.error());
  if (*prerequisites != nullptr) {
    if (auto read = ReadPrerequisites(**prerequisites, rules); !read) return Fail(read.error());
  }
  auto place = Member(value, "right_to_place", "", false);
  if (!place) return Fail(place.error());
  if (*place != nullptr) {
    auto parsed = ReadRightToPlace(**place, "right_to_place");
    if (!parsed) return Fail(parsed.error());
    rules.right_to_place = std::move(*parsed);
  }
  auto exam_parts = Member(value, "exam_parts", "", false);
  if (!exam_parts) return Fail(exam_parts.error());
  if (*exam_parts != nullptr) {
    auto parsed = ReadExamParts(**exam_parts);
    if (!parsed) return Fail(parsed.error());
    rules.exam_parts = std::move(*parsed);
  }
  auto labels = Member(value, "labels", "", true);
  if (!labels) return Fail(labels.error());
  auto ready = ReadLabel(**labels, "ready");
  if (!ready) return Fail(ready.error());
  auto not_ready = ReadLabel(**labels, "not_ready");
  if (!not_ready) return Fail(not_ready.error());
  auto allocation_json = Member(value, "allocation", "", false);
  if (!allocation_json) return Fail(allocation_json.error());
  if (*allocation_json != nullptr) {
    auto allocation_rules = ReadAllocation(**allocation_json);
    if (!allocation_rules) return Fail(allocation_rules.error());
    rules.allocation = std::move(*allocation_rules);
  }
  auto application_json = Member(value, "application", "", false);
  if (!application_json) return Fail(application_json.error());
  if (*application_json != nullptr) {
    auto application_rules = ReadApplication(**application_json);
    if (!application_rules) return Fail(application_rules.error());
    rules.application = *application_rules;
  }
  auto transport_json = Member(value, "transport", "", false);
  if (!transport_json) return Fail(transport_json.error());
  if (*transport_json != nullptr) {
    auto transport_rules = ReadTransport(**transport_json);
    if (!transport_rules) return Fail(transport_rules.error());
    rules.transport = *transport_rules;
  }
  auto retention_json = Member(value, "retention", "", false);
  if (!retention_json) return Fail(retention_json.error());
  if (*retention_json != nullptr) {
    auto retention_rules = ReadRetention(**retention_json);
    if (!retention_rules) return Fail(retention_rules.error());
    rules.retention = *retention_rules;
  }
  rules.ready_label = std::move(*ready);
  rules.not_ready_label = std::move(*not_ready);
  const std::vector<Problem> problems = upv::ValidateRuleSet(rules);
  if (!problems.empty()) return Fail(problems.front());
  return rules;
}

Result<upv::RuleSet> RuleSetFromText(std::string_view text) {
  auto json = ParseJson(text);
  if (!json) return Fail(Invalid("", "not valid JSON"));
  return RuleSetFromJson(*json);
}

}  // namespace optagelse::wire
