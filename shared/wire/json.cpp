// Exception-free JSON helpers: see json.h.
#include "wire/json.h"

namespace optagelse::wire {
namespace {

// Rejects documents nested deeper than max_depth before nlohmann's recursive parser sees them.
bool NestingWithin(std::string_view text, int max_depth) {
  int depth = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : text) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if (c == '[' || c == '{') {
      if (++depth > max_depth) return false;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return true;
}

}  // namespace

Result<Json> ParseJson(std::string_view text, int max_depth) {
  if (!NestingWithin(text, max_depth)) return Fail(MakeError(ErrorCode::kInvalidJson, "", "depth"));
  Json value = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return Fail(MakeError(ErrorCode::kInvalidJson, ""));
  return value;
}

Result<void> OnlyKnownMembers(const Json& object, std::initializer_list<std::string_view> known, const std::string& path) {
  if (!object.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "object"));
  for (const auto& [name, value] : object.items()) {
    bool found = false;
    for (const std::string_view candidate : known) found = found || candidate == name;
    if (!found) return Fail(MakeError(ErrorCode::kBadRequest, path.empty() ? name : path + "." + name, "unknown field"));
  }
  return {};
}

Result<std::int64_t> RequiredInteger(const Json& object, std::string_view field) {
  if (!object.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return Fail(MakeError(ErrorCode::kMissingField, std::string(field)));
  if (!it->is_number_integer() || (it->is_number_unsigned() && it->get<std::uint64_t>() > INT64_MAX)) {
    return Fail(MakeError(ErrorCode::kWrongFieldType, std::string(field), "integer"));
  }
  return it->get<std::int64_t>();
}

Result<std::optional<std::string>> OptionalString(const Json& object, std::string_view field) {
  if (!object.is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "", "object"));
  const auto it = object.find(field);
  if (it == object.end() || it->is_null()) return std::optional<std::string>{};
  if (!it->is_string()) return Fail(MakeError(ErrorCode::kWrongFieldType, std::string(field), "string"));
  return std::optional<std::string>{it->get<std::string>()};
}

Result<std::string> RequiredString(const Json& object, std::string_view field) {
  auto value = OptionalString(object, field);
  if (!value) return Fail(value.error());
  if (!value->has_value()) return Fail(MakeError(ErrorCode::kMissingField, std::string(field)));
  return std::move(**value);
}

std::string Dump(const Json& value) { return value.dump(-1, ' ', false, Json::error_handler_t::replace); }

}  // namespace optagelse::wire
