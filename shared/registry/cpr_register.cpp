// The in-memory register and the register verdict: see cpr_register.h.
#include "registry/cpr_register.h"

namespace optagelse::registry {

InMemoryRegister::InMemoryRegister(const Dataset& dataset) {
  persons_.reserve(dataset.persons.size());
  for (const Person& person : dataset.persons) persons_.emplace(person.cpr, person);
}

std::optional<Person> InMemoryRegister::Lookup(std::string_view normalized_cpr) const {
  const auto it = persons_.find(std::string(normalized_cpr));
  if (it == persons_.end()) return std::nullopt;
  return it->second;
}

RegisterStatus CprRegister::Classify(std::string_view normalized_cpr) const {
  const std::optional<Person> person = Lookup(normalized_cpr);
  if (!person) return RegisterStatus::kNotInRegister;
  return person->administrative ? RegisterStatus::kAdministrative : RegisterStatus::kRegistered;
}

RegisterStatus ClassifyInRegister(const CprRegister& cpr_register, std::string_view normalized_cpr) {
  return cpr_register.Classify(normalized_cpr);
}

std::string_view RegisterStatusName(RegisterStatus status) {
  switch (status) {
    case RegisterStatus::kRegistered: return "registered";
    case RegisterStatus::kAdministrative: return "administrative";
    case RegisterStatus::kNotInRegister: return "not-in-register";
  }
  return "not-in-register";
}

}  // namespace optagelse::registry
