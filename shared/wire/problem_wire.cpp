// Problem <-> JSON: see problem_wire.h.
#include "wire/problem_wire.h"

#include "core/messages.h"

namespace optagelse::wire {

Json ProblemToJson(const Problem& problem) {
  return Json{
      {"code", ErrorCodeNumber(problem.code)},
      {"name", ErrorCodeName(problem.code)},
      {"field", problem.field},
      {"severity", problem.severity == Severity::kError ? "error" : "warning"},
      {"detail", problem.detail},
      {"message", {{"da", MessageFor(problem, Language::kDanish)}, {"en", MessageFor(problem, Language::kEnglish)}}},
  };
}

Json ProblemsToJson(const std::vector<Problem>& problems) {
  Json list = Json::array();
  for (const Problem& problem : problems) list.push_back(ProblemToJson(problem));
  return Json{{"errors", std::move(list)}};
}

Result<Problem> ProblemFromJson(const Json& value) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "error", "object"));
  const auto code = value.find("code");
  if (code == value.end() || !code->is_number_integer()) {
    return Fail(MakeError(ErrorCode::kMissingField, "code"));
  }
  Problem problem;
  problem.code = ErrorCode::kInternal;
  for (const ErrorCode known : kAllErrorCodes) {
    if (ErrorCodeNumber(known) == code->get<std::int64_t>()) problem.code = known;
  }
  auto field = OptionalString(value, "field");
  auto detail = OptionalString(value, "detail");
  auto severity = OptionalString(value, "severity");
  if (!field) return Fail(field.error());
  if (!detail) return Fail(detail.error());
  if (!severity) return Fail(severity.error());
  problem.field = field->value_or("");
  problem.detail = detail->value_or("");
  problem.severity = severity->value_or("error") == "warning" ? Severity::kWarning : Severity::kError;
  return problem;
}

}  // namespace optagelse::wire
