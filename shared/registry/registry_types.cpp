// Dataset validation: see registry_types.h.
#include "registry/registry_types.h"

#include <set>

#include "cpr/cpr_number.h"

namespace optagelse::registry {
namespace {

std::string At(std::string_view list, std::size_t index, std::string_view field) {
  return std::string(list) + "[" + std::to_string(index) + "]." + std::string(field);
}

bool IsSixDigits(std::string_view text) {
  if (text.size() != 6) return false;
  for (const char c : text) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace

std::vector<Problem> ValidateDataset(const Dataset& dataset) {
  std::vector<Problem> problems;
  std::set<std::string> cprs;
  for (const Person& person : dataset.persons) cprs.insert(person.cpr);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < dataset.persons.size(); ++i) {
    const Person& person = dataset.persons[i];
    const cpr::CprCheck check = cpr::CheckCpr(person.cpr);
    if (check.status != cpr::CprStatus::kValidFormat || check.normalized != person.cpr) {
      const ErrorCode code = check.reason ? check.reason->code : ErrorCode::kCprInvalidCharacter;
      problems.push_back(MakeError(code, At("persons", i, "cpr"), check.reason ? check.reason->detail : ""));
    } else if (!seen.insert(person.cpr).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, At("persons", i, "cpr"), person.cpr));
    }
    if (person.name.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, At("persons", i, "name")));
    if (person.location) {
      if (auto inside = transport::CheckInDenmark(*person.location, At("persons", i, "location")); !inside) {
        problems.push_back(inside.error());
      }
    }
    for (std::size_t g = 0; g < person.guardians.size(); ++g) {
      if (!cprs.contains(person.guardians[g])) {
        problems.push_back(MakeError(ErrorCode::kUnknownReference,
                                     At("persons", i, "guardians[" + std::to_string(g) + "]"), person.guardians[g]));
      }
    }
  }
  std::set<std::string> numbers;
  for (std::size_t i = 0; i < dataset.institutions.size(); ++i) {
    const Institution& institution = dataset.institutions[i];
    if (!IsSixDigits(institution.number)) {
      problems.push_back(MakeError(ErrorCode::kInvalidInstitutionNumber, At("institutions", i, "number"), institution.number));
    } else if (!numbers.insert(institution.number).second) {
      problems.push_back(MakeError(ErrorCode::kDuplicateValue, At("institutions", i, "number"), institution.number));
    }
    if (institution.name.empty()) problems.push_back(MakeError(ErrorCode::kMissingField, At("institutions", i, "name")));
    if (institution.location) {
      if (auto inside = transport::CheckInDenmark(*institution.location, At("institutions", i, "location")); !inside) {
        problems.push_back(inside.error());
      }
    }
  }
  return problems;
}

}  // namespace optagelse::registry
