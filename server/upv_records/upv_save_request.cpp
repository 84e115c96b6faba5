// Reading UPV write requests: see upv_save_request.h.
#include "upv_records/upv_save_request.h"

#include "store/register_lookup.h"
#include "wire/upv_wire.h"

namespace optagelse::upv_records {
namespace {

// The school's municipality, which links it to a counsellor (KUI); 0 when the school is unknown.
int MunicipalityOf(ServiceContext& context, const std::string& school) {
  const store::SqliteInstitutionCatalog catalog(context.db);  // owns what FindInstitution points to
  const registry::Institution* institution = catalog.FindInstitution(school);
  return institution ? institution->municipality_code : 0;
}

}  // namespace

auth::Resource SchoolResource(ServiceContext& context, const std::string& school) {
  return auth::Resource{school, MunicipalityOf(context, school)};
}

// The input of a save request with the pupil's grade level filled in, or every problem with it.
tl::expected<SaveRequest, std::vector<Problem>> ReadSaveRequest(ServiceContext& context, const wire::Json& body,
                                                                const pupils::PupilRecord& record) {
  wire::Json json = body;
  if (json.is_object() && !json.contains("grade_level") && record.pupil.grade) json["grade_level"] = record.pupil.grade;
  auto input = wire::UpvInputFromJson(json);
  if (!input) return tl::unexpected(std::vector<Problem>{input.error()});
  int year = context.upv_admission_year;
  if (json.contains("admission_year")) {
    if (!json["admission_year"].is_number_integer()) {
      return tl::unexpected(std::vector<Problem>{MakeError(ErrorCode::kWrongFieldType, "admission_year", "integer")});
    }
    year = json["admission_year"].get<int>();
  }
  auto rules = context.rules.ForYear(year);
  if (!rules) return tl::unexpected(std::vector<Problem>{MakeError(ErrorCode::kUnknownRuleYear, "admission_year", std::to_string(year))});
  std::vector<Problem> problems = upv::ValidateUpvInput(*input, **rules);
  if (record.pupil.grade && input->grade_level != record.pupil.grade) {
    problems.push_back(MakeError(ErrorCode::kUpvInvalidGradeLevel, "grade_level", std::to_string(record.pupil.grade)));
  }
  if (!problems.empty()) return tl::unexpected(std::move(problems));
  input->id.clear();
  return std::pair{std::move(*input), *rules};
}

}  // namespace optagelse::upv_records
