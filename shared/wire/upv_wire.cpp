// UPV JSON codecs: see upv_wire.h.
#include "wire/upv_wire.h"


#include "upv/grade_scale.h"
#include "upv/reason_text.h"

namespace optagelse::wire {
namespace {

std::string Lower(std::string text) {
  for (char& c : text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

Result<int> GradeFromJson(const Json& value, const std::string& field) {
  if (value.is_number_integer()) {
    const auto grade = value.get<std::int64_t>();
    if (grade < -1000 || grade > 1000) return Fail(MakeError(ErrorCode::kUpvInvalidGrade, field, "out of range"));
    return static_cast<int>(grade);  // the scale check is ValidateUpvInput's, naming the subject
  }
  if (value.is_string()) {
    const auto grade = upv::ParseGrade(value.get<std::string>());
    if (grade) return *grade;
    return Fail(MakeError(ErrorCode::kUpvInvalidGrade, field, value.get<std::string>().substr(0, 20)));
  }
  return Fail(MakeError(ErrorCode::kUpvInvalidGrade, field, Dump(value).substr(0, 20)));
}

Result<std::vector<upv::SubjectGrades>> SubjectsFromJson(const Json& object, std::string_view name) {
  std::vector<upv::SubjectGrades> subjects;
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return subjects;
  if (!it->is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, std::string(name), "object"));
  if (it->size() > upv::kMaxSubjects) {
    return Fail(MakeError(ErrorCode::kUpvTooManyGrades, std::string(name), std::to_string(upv::kMaxSubjects)));
  }
  for (const auto& [subject, grades] : it->items()) {
    upv::SubjectGrades entry{Lower(subject), {}};
    const std::string field = std::string(name) + "." + entry.subject;
    if (grades.is_array()) {
      if (grades.size() > upv::kMaxGradesPerSubject) {
        return Fail(MakeError(ErrorCode::kUpvTooManyGrades, field, std::to_string(upv::kMaxGradesPerSubject)));
      }
      for (const Json& grade : grades) {
        auto parsed = GradeFromJson(grade, field);
        if (!parsed) return Fail(parsed.error());
        entry.grades.push_back(*parsed);
      }
    } else {
      auto parsed = GradeFromJson(grades, field);
      if (!parsed) return Fail(parsed.error());
      entry.grades.push_back(*parsed);
    }
    subjects.push_back(std::move(entry));
  }
  return subjects;
}

Result<std::optional<bool>> OptionalBool(const Json& object, std::string_view name) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return std::optional<bool>{};
  if (!it->is_boolean()) return Fail(MakeError(ErrorCode::kWrongFieldType, std::string(name), "true/false"));
  return std::optional<bool>{it->get<bool>()};
}

Json SubjectsToJson(const std::vector<upv::SubjectGrades>& subjects) {
  Json object = Json::object();
  for (const upv::SubjectGrades& entry : subjects) object[entry.subject] = entry.grades;
  return object;
}

std::string_view ReasonKindName(upv::ReasonKind kind) {
  switch (kind) {
    case upv::ReasonKind::kAverageOfAll: return "average_of_all";
    case upv::ReasonKind::kSubjectAverage: return "subject_average";
    case upv::ReasonKind::kNoGrades: return "no_grades";
    case upv::ReasonKind::kPrerequisite: return "prerequisite";
    case upv::ReasonKind::kPrerequisiteNotAssessed: return "prerequisite_not_assessed";
  }
  return "";
}

std::string Decimal(upv::Milli value, int decimals) { return upv::FormatMilli(value, decimals, Language::kEnglish); }

// "text": "..." in one language or {"da": ..., "en": ...}; nothing for kNone.
template <typename MakeText>
void WriteText(JsonWriter& writer, std::string_view key, TextLanguages languages, const MakeText& make) {
  switch (languages) {
    case TextLanguages::kNone: return;
    case TextLanguages::kDanish: writer.Key(key); writer.String(make(Language::kDanish)); return;
    case TextLanguages::kEnglish: writer.Key(key); writer.String(make(Language::kEnglish)); return;
    case TextLanguages::kBoth:
      writer.Key(key);
      writer.BeginObject();
      writer.Key("da");
      writer.String(make(Language::kDanish));
      writer.Key("en");
      writer.String(make(Language::kEnglish));
      writer.EndObject();
      return;
  }
}

void WriteReason(JsonWriter& writer, const upv::Reason& reason, int decimals, TextLanguages languages) {
  writer.BeginObject();
  writer.Key("kind");
  writer.String(ReasonKindName(reason.kind));
  writer.Key("met");
  writer.Bool(reason.met);
  switch (reason.kind) {
    case upv::ReasonKind::kAverageOfAll:
    case upv::ReasonKind::kSubjectAverage:
      writer.Key("actual");
      writer.String(Decimal(reason.actual, decimals));
      [[fallthrough]];
    case upv::ReasonKind::kNoGrades:
      writer.Key("required");
      writer.String(Decimal(reason.required, decimals));
      writer.Key("grades");
      writer.String(reason.source == upv::GradeSource::kExam ? "exam" : "standpunkt");
      if (!reason.subject.empty()) {
        writer.Key("subject");
        writer.String(reason.subject);
      }
      break;
    case upv::ReasonKind::kPrerequisite:
    case upv::ReasonKind::kPrerequisiteNotAssessed:
      writer.Key("prerequisite");
      writer.String(upv::PrerequisiteName(reason.prerequisite));
      break;
  }
  WriteText(writer, "text", languages, [&](Language language) { return upv::DescribeReason(reason, decimals, language); });
  writer.EndObject();
}

void WriteTrack(JsonWriter& writer, const upv::TrackAssessment& track, int decimals, const upv::RuleSet& rules,
                TextLanguages languages) {
  writer.Key(upv::TrackName(track.track));
  writer.BeginObject();
  writer.Key("ready");
  writer.Bool(track.ready);
  WriteText(writer, "label", languages, [&](Language language) { return upv::DescribeVerdict(track, rules, language); });
  writer.Key("reasons");
  writer.BeginArray();
  for (const upv::Reason& reason : track.reasons) WriteReason(writer, reason, decimals, languages);
  writer.EndArray();
  if (track.right_to_place) {
    writer.Key("right_to_place");
    writer.String(upv::PlaceOutcomeName(*track.right_to_place));
    WriteText(writer, "right_to_place_text", languages,
              [&](Language language) { return upv::DescribePlaceOutcome(*track.right_to_place, language); });
  }
  writer.EndObject();
}

}  // namespace

Result<upv::UpvInput> UpvInputFromJson(const Json& value) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  upv::UpvInput input;
  if (const auto id = value.find("id"); id != value.end() && !id->is_null()) {
    input.id = id->is_string() ? id->get<std::string>() : Dump(*id);
  }
  const auto level = value.find("grade_level");
  if (level == value.end() || level->is_null()) return Fail(MakeError(ErrorCode::kMissingField, "grade_level"));
  if (!level->is_number_integer()) return Fail(MakeError(ErrorCode::kWrongFieldType, "grade_level", "integer"));
  const auto parsed_level = level->get<std::int64_t>();
  input.grade_level = (parsed_level < 0 || parsed_level > 100) ? -1 : static_cast<int>(parsed_level);
  auto standpunkt = SubjectsFromJson(value, "standpunkt");
  if (!standpunkt) return Fail(standpunkt.error());
  input.standpunkt = std::move(*standpunkt);
  auto exam = SubjectsFromJson(value, "exam");
  if (!exam) return Fail(exam.error());
  input.exam = std::move(*exam);
  for (const auto& [name, out] : {std::pair{"personal", &input.personal}, std::pair{"social", &input.social},
                                  std::pair{"practical", &input.practical}}) {
    auto flag = OptionalBool(value, name);
    if (!flag) return Fail(flag.error());
    *out = *flag;
  }
  return input;
}

Json UpvInputToJson(const upv::UpvInput& input) {
  Json json{{"grade_level", input.grade_level}, {"standpunkt", SubjectsToJson(input.standpunkt)}};
  if (!input.id.empty()) json["id"] = input.id;
  if (!input.exam.empty()) json["exam"] = SubjectsToJson(input.exam);
  for (const auto& [name, value] : {std::pair{"personal", input.personal}, std::pair{"social", input.social},
                                    std::pair{"practical", input.practical}}) {
    if (value) json[name] = *value;
  }
  return json;
}

void WriteAssessment(JsonWriter& writer, const upv::Assessment& assessment, const upv::RuleSet& rules,
                     TextLanguages languages, std::string_view raw_id) {
  writer.BeginObject();
  if (!raw_id.empty()) {
    writer.Key("id");
    writer.Raw(raw_id);
  }
  writer.Key("admission_year");
  writer.Int(assessment.admission_year);
  writer.Key("upv");
  writer.Bool(assessment.has_upv);
  writer.Key("provisional");
  writer.Bool(assessment.provisional);
  if (assessment.exam_average) {
    writer.Key("exam_average");
    writer.String(Decimal(*assessment.exam_average, assessment.decimals));
  }
  writer.Key("tracks");
  writer.BeginObject();
  for (const upv::TrackAssessment& track : assessment.tracks) WriteTrack(writer, track, assessment.decimals, rules, languages);
  writer.EndObject();
  writer.EndObject();
}

Json AssessmentToJson(const upv::Assessment& assessment, const upv::RuleSet& rules, TextLanguages languages) {
  std::string text;
  JsonWriter writer(text);
  WriteAssessment(writer, assessment, rules, languages, {});
  auto json = ParseJson(text);
  return json ? std::move(*json) : Json(nullptr);
}

Json GradeChangeToJson(const upv::GradeChange& change) {
  Json json{{"grades", change.source == upv::GradeSource::kExam ? "exam" : "standpunkt"},
            {"subject", change.subject},
            {"index", change.index}};
  json["from"] = change.from ? Json(*change.from) : Json(nullptr);
  json["to"] = change.to ? Json(*change.to) : Json(nullptr);
  return json;
}

Json UpvChangesToJson(const upv::UpvInput* before, const upv::UpvInput& after) {
  static const upv::UpvInput kEmpty{"", 0, {}, {}, std::nullopt, std::nullopt, std::nullopt};
  const upv::UpvInput& base = before ? *before : kEmpty;
  Json changes = Json::object();
  changes["first"] = before == nullptr;
  if (base.grade_level != after.grade_level) changes["grade_level"] = {{"from", base.grade_level}, {"to", after.grade_level}};
  Json grades = Json::array();
  for (const upv::GradeChange& change : upv::DiffGrades(base, after)) grades.push_back(GradeChangeToJson(change));
  changes["grades"] = std::move(grades);
  Json prerequisites = Json::array();
  for (const upv::Prerequisite prerequisite : upv::kAllPrerequisites) {
    const auto from = upv::PrerequisiteValue(base, prerequisite);
    const auto to = upv::PrerequisiteValue(after, prerequisite);
    if (from == to) continue;
    prerequisites.push_back({{"prerequisite", upv::PrerequisiteName(prerequisite)},
                             {"from", from ? Json(*from) : Json(nullptr)},
                             {"to", to ? Json(*to) : Json(nullptr)}});
  }
  changes["prerequisites"] = std::move(prerequisites);
  return changes;
}

}  // namespace optagelse::wire
