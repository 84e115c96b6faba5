// CprCheck -> JSON: see cpr_wire.h.
#include "wire/cpr_wire.h"

#include "wire/problem_wire.h"

namespace optagelse::wire {

Json CprCheckToJson(std::string_view input, const cpr::CprCheck& check) {
  Json out = Json::object();
  out["input"] = std::string(input);
  out["normalized"] = check.normalized.empty() ? Json(nullptr) : Json(check.normalized);
  out["status"] = cpr::StatusName(check.status);
  out["reason"] = check.reason ? Json(ErrorCodeName(check.reason->code)) : Json(nullptr);
  out["birth_date"] = check.birth_date ? Json(FormatIsoDate(*check.birth_date)) : Json(nullptr);
  out["sex"] = check.sex ? Json(cpr::SexName(*check.sex)) : Json(nullptr);
  out["mod11"] = check.mod11 ? Json(*check.mod11) : Json(nullptr);
  Json problems = Json::array();
  if (check.reason) problems.push_back(ProblemToJson(*check.reason));
  if (check.warning) problems.push_back(ProblemToJson(*check.warning));
  out["problems"] = std::move(problems);
  return out;
}

}  // namespace optagelse::wire
