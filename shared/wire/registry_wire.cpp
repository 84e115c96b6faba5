// Dataset <-> JSON: see registry_wire.h.
#include "text/email_address.h"
#include "wire/registry_wire.h"

namespace optagelse::wire {
namespace {

std::string At(std::string_view list, std::size_t index, std::string_view field) {
  return std::string(list) + "[" + std::to_string(index) + "]" + (field.empty() ? "" : ".") + std::string(field);
}

// Reads one member of the given kind into out; absent optional members keep out's default.
template <typename T>
Result<void> Read(const Json& object, std::string_view field, const std::string& path, T& out, bool required) {
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) {
    if (required) return Fail(MakeError(ErrorCode::kMissingField, path));
    return {};
  }
  if constexpr (std::is_same_v<T, bool>) {
    if (!it->is_boolean()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "boolean"));
    out = it->get<bool>();
  } else if constexpr (std::is_same_v<T, int>) {
    if (!it->is_number_integer()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "integer"));
    out = it->get<int>();
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!it->is_string()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "string"));
    out = it->get<std::string>();
  } else {
    if (!it->is_array()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "array of strings"));
    out.clear();
    for (const Json& item : *it) {
      if (!item.is_string()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "array of strings"));
      out.push_back(item.get<std::string>());
    }
  }
  return {};
}

// "location": {"east": 725000, "north": 6176000} (ETRS89 / UTM 32N metres), optional.
Result<void> ReadLocation(const Json& object, const std::string& path, std::optional<transport::MapPoint>& out) {
  const auto it = object.find("location");
  if (it == object.end() || it->is_null()) return {};
  const std::string field = path + ".location";
  if (!it->is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, field, "object"));
  transport::MapPoint point;
  for (const auto& [name, target] : {std::pair{"east", &point.east}, std::pair{"north", &point.north}}) {
    const auto member = it->find(name);
    if (member == it->end()) return Fail(MakeError(ErrorCode::kMissingField, field + "." + name));
    if (!member->is_number_integer()) return Fail(MakeError(ErrorCode::kWrongFieldType, field + "." + name, "integer"));
    const auto value = member->get<std::int64_t>();
    if (value < 0 || value > 10'000'000) return Fail(MakeError(ErrorCode::kLocationOutsideDenmark, field, std::to_string(value)));
    *target = static_cast<std::int32_t>(value);
  }
  out = point;
  return {};
}

Json LocationToJson(const std::optional<transport::MapPoint>& location) {
  if (!location) return nullptr;
  return Json{{"east", location->east}, {"north", location->north}};
}

#define OPTAGELSE_READ(object, name, path, out, required)                                   \
  if (auto read = Read((object), name, (path) + "." + name, (out), (required)); !read) { \
    return Fail(read.error());                                                           \
  }

Result<registry::Person> PersonFromJson(const Json& value, const std::string& path) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "object"));
  registry::Person person;
  OPTAGELSE_READ(value, "cpr", path, person.cpr, true)
  OPTAGELSE_READ(value, "name", path, person.name, true)
  OPTAGELSE_READ(value, "address", path, person.address, false)
  OPTAGELSE_READ(value, "municipality_code", path, person.municipality_code, true)
  OPTAGELSE_READ(value, "name_protected", path, person.name_protected, false)
  OPTAGELSE_READ(value, "address_protected", path, person.address_protected, false)
  OPTAGELSE_READ(value, "administrative", path, person.administrative, false)
  OPTAGELSE_READ(value, "income_group", path, person.income_group, false)
  OPTAGELSE_READ(value, "guardians", path, person.guardians, false)
  OPTAGELSE_READ(value, "address_id", path, person.address_id, false)
  if (auto read = ReadLocation(value, path, person.location); !read) return Fail(read.error());
  return person;
}

Result<registry::Institution> InstitutionFromJson(const Json& value, const std::string& path) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "object"));
  registry::Institution institution;
  OPTAGELSE_READ(value, "number", path, institution.number, true)
  OPTAGELSE_READ(value, "name", path, institution.name, true)
  OPTAGELSE_READ(value, "municipality_code", path, institution.municipality_code, true)
  OPTAGELSE_READ(value, "kind", path, institution.kind, true)
  OPTAGELSE_READ(value, "programmes", path, institution.programmes, false)
  OPTAGELSE_READ(value, "region_code", path, institution.region_code, false)
  OPTAGELSE_READ(value, "email", path, institution.email, false)
  if (!institution.email.empty() && !text::LooksLikeEmailAddress(institution.email)) {
    return Fail(MakeError(ErrorCode::kApplicationInvalidEmail, path + ".email", institution.email));
  }
  if (auto read = ReadLocation(value, path, institution.location); !read) return Fail(read.error());
  return institution;
}

#undef OPTAGELSE_READ

template <typename T, typename Decode>
Result<std::vector<T>> ReadList(const Json& root, std::string_view name, Decode decode) {
  const auto it = root.find(name);
  if (it == root.end()) return Fail(MakeError(ErrorCode::kMissingField, std::string(name)));
  if (!it->is_array()) return Fail(MakeError(ErrorCode::kWrongFieldType, std::string(name), "array"));
  std::vector<T> out;
  out.reserve(it->size());
  for (std::size_t i = 0; i < it->size(); ++i) {
    auto item = decode((*it)[i], At(name, i, ""));
    if (!item) return Fail(item.error());
    out.push_back(std::move(*item));
  }
  return out;
}

}  // namespace

Json DatasetToJson(const registry::Dataset& dataset) {
  Json persons = Json::array();
  for (const registry::Person& p : dataset.persons) {
    persons.push_back({{"cpr", p.cpr}, {"name", p.name}, {"address", p.address},
                       {"municipality_code", p.municipality_code}, {"name_protected", p.name_protected},
                       {"address_protected", p.address_protected}, {"administrative", p.administrative},
                       {"income_group", p.income_group}, {"guardians", p.guardians},
                       {"address_id", p.address_id}, {"location", LocationToJson(p.location)}});
  }
  Json institutions = Json::array();
  for (const registry::Institution& i : dataset.institutions) {
    Json institution{{"number", i.number}, {"name", i.name}, {"municipality_code", i.municipality_code},
                     {"kind", i.kind}, {"programmes", i.programmes}, {"location", LocationToJson(i.location)},
                     {"region_code", i.region_code}};
    if (!i.email.empty()) institution["email"] = i.email;
    institutions.push_back(std::move(institution));
  }
  return Json{{"format", kRegisterFormat}, {"persons", std::move(persons)}, {"institutions", std::move(institutions)}};
}

Result<registry::Dataset> DatasetFromJson(const Json& value) {
  if (!value.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  auto format = RequiredString(value, "format");
  if (!format) return Fail(format.error());
  if (*format != kRegisterFormat) return Fail(MakeError(ErrorCode::kWrongFieldType, "format", std::string(kRegisterFormat)));
  auto persons = ReadList<registry::Person>(value, "persons", PersonFromJson);
  if (!persons) return Fail(persons.error());
  auto institutions = ReadList<registry::Institution>(value, "institutions", InstitutionFromJson);
  if (!institutions) return Fail(institutions.error());
  return registry::Dataset{std::move(*persons), std::move(*institutions)};
}

}  // namespace optagelse::wire
