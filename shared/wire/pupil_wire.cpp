// Pupil report JSON: see pupil_wire.h.
#include "wire/pupil_wire.h"

#include "wire/problem_wire.h"

namespace optagelse::wire {
namespace {

// A member as text: strings as they are, integers written out; absent or null is empty.
Result<std::string> TextMember(const Json& object, std::string_view field, const std::string& path) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::string();
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return std::to_string(it->get<long long>());
  return Fail(MakeError(ErrorCode::kWrongFieldType, path + "." + std::string(field), "string"));
}

Json OptionalDate(const std::optional<Date>& date) { return date ? Json(FormatIsoDate(*date)) : Json(nullptr); }

std::optional<Date> DateMember(const Json& object, std::string_view field) {
  const auto it = object.find(field);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return ParseIsoDate(it->get<std::string>());
}

}  // namespace

Result<std::vector<pupils::PupilRow>> PupilRowsFromJson(const Json& value) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  const auto list = value.find("pupils");
  if (list == value.end()) return Fail(MakeError(ErrorCode::kMissingField, "pupils"));
  if (!list->is_array()) return Fail(MakeError(ErrorCode::kWrongFieldType, "pupils", "array"));
  std::vector<pupils::PupilRow> rows;
  rows.reserve(list->size());
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string path = "pupils[" + std::to_string(i) + "]";
    if (!item.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "object"));
    pupils::PupilRow row;
    const std::pair<std::string_view, std::string pupils::PupilRow::*> fields[] = {
        {"cpr", &pupils::PupilRow::cpr},         {"name", &pupils::PupilRow::name},
        {"institution", &pupils::PupilRow::institution}, {"education_code", &pupils::PupilRow::education_code},
        {"grade", &pupils::PupilRow::grade},     {"class", &pupils::PupilRow::class_name},
        {"start_date", &pupils::PupilRow::start_date},   {"end_date", &pupils::PupilRow::end_date}};
    for (const auto& [name, member] : fields) {
      auto text = TextMember(item, name, path);
      if (!text) return Fail(text.error());
      row.*member = std::move(*text);
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

Json PupilToJson(const pupils::Pupil& pupil) {
  return Json{{"cpr", pupil.cpr},
              {"name", pupil.name},
              {"institution", pupil.institution},
              {"education_code", pupil.education_code},
              {"grade", pupil.grade == 0 ? Json(nullptr) : Json(pupil.grade)},
              {"class", pupil.class_name},
              {"birth_date", OptionalDate(pupil.birth_date)},
              {"start_date", OptionalDate(pupil.start_date)},
              {"end_date", OptionalDate(pupil.end_date)}};
}

Json RowResultToJson(const pupils::RowResult& result) {
  Json out{{"index", result.index},
           {"line", result.line},
           {"outcome", pupils::OutcomeName(result.outcome)},
           {"problems", ProblemsToJson(result.problems)["errors"]},
           {"pupil", PupilToJson(result.pupil)}};
  if (result.id != 0) out["id"] = result.id;  // once stored
  return out;
}

Json PupilRecordToJson(const pupils::PupilRecord& record) {
  return Json{{"id", record.id},
              {"status", pupils::OutcomeName(record.status)},
              {"line", record.line},
              {"problems", ProblemsToJson(record.problems)["errors"]},
              {"pupil", PupilToJson(record.pupil)}};
}

Result<pupils::PupilRecord> PupilRecordFromJson(const Json& value) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  pupils::PupilRecord record;
  const auto id = value.find("id");
  if (id == value.end() || !id->is_number_integer()) return Fail(MakeError(ErrorCode::kMissingField, "id"));
  record.id = id->get<std::int64_t>();
  auto status = RequiredString(value, "status");
  if (!status) return Fail(status.error());
  const auto outcome = pupils::OutcomeFromName(*status);
  if (!outcome) return Fail(MakeError(ErrorCode::kWrongFieldType, "status", "accepted|filtered|rejected"));
  record.status = *outcome;
  if (const auto line = value.find("line"); line != value.end() && line->is_number_integer()) record.line = line->get<int>();
  if (const auto problems = value.find("problems"); problems != value.end() && problems->is_array()) {
    for (const Json& item : *problems) {
      if (auto problem = ProblemFromJson(item)) record.problems.push_back(std::move(*problem));
    }
  }
  const auto pupil = value.find("pupil");
  if (pupil == value.end() || !pupil->is_object()) return Fail(MakeError(ErrorCode::kMissingField, "pupil"));
  for (const auto& [name, member] : std::initializer_list<std::pair<const char*, std::string pupils::Pupil::*>>{
           {"cpr", &pupils::Pupil::cpr}, {"name", &pupils::Pupil::name}, {"institution", &pupils::Pupil::institution},
           {"education_code", &pupils::Pupil::education_code}, {"class", &pupils::Pupil::class_name}}) {
    auto text = OptionalString(*pupil, name);
    if (!text) return Fail(text.error());
    record.pupil.*member = text->value_or("");
  }
  if (const auto grade = pupil->find("grade"); grade != pupil->end() && grade->is_number_integer()) {
    record.pupil.grade = grade->get<int>();
  }
  record.pupil.birth_date = DateMember(*pupil, "birth_date");
  record.pupil.start_date = DateMember(*pupil, "start_date");
  record.pupil.end_date = DateMember(*pupil, "end_date");
  return record;
}

std::string ProblemsToStorage(const std::vector<Problem>& problems) {
  if (problems.empty()) return "[]";
  Json list = Json::array();
  for (const Problem& p : problems) {
    list.push_back({{"code", ErrorCodeNumber(p.code)}, {"field", p.field},
                    {"severity", p.severity == Severity::kError ? "error" : "warning"}, {"detail", p.detail}});
  }
  return Dump(list);
}

std::vector<Problem> ProblemsFromStorage(std::string_view text) {
  std::vector<Problem> problems;
  auto json = ParseJson(text);
  if (!json || !json->is_array()) return problems;
  for (const Json& item : *json) {
    if (auto problem = ProblemFromJson(item)) problems.push_back(std::move(*problem));
  }
  return problems;
}

}  // namespace optagelse::wire
