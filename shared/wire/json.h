// The project's one way to include nlohmann/json: exceptions off (JSON_NOEXCEPTION is set by the
// wire target for every user), so parse with allow_exceptions=false and check every field's type
// before reading it. The helpers below do that and answer with a Problem naming the field.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/problem.h"

namespace optagelse::wire {

using Json = nlohmann::json;

// Parses text; invalid JSON (or nesting deeper than max_depth) is a kInvalidJson problem.
Result<Json> ParseJson(std::string_view text, int max_depth = 64);

// Reads a required string member of an object.
Result<std::string> RequiredString(const Json& object, std::string_view field);

// Reads a required whole-number member: missing is kMissingField; any other type, a fraction or a
// number too long for 64 bits (JSON parses those as floating point) is kWrongFieldType "integer".
Result<std::int64_t> RequiredInteger(const Json& object, std::string_view field);

// Reads an optional string member; present with another type is a problem.
Result<std::optional<std::string>> OptionalString(const Json& object, std::string_view field);

// Refuses a member not in known (kBadRequest "unknown field", field path.name), so a misspelt
// field is an error rather than silently ignored; a non-object is kWrongFieldType at path.
Result<void> OnlyKnownMembers(const Json& object, std::initializer_list<std::string_view> known, const std::string& path);

// Serialises compactly; invalid UTF-8 in strings is replaced, never an abort.
std::string Dump(const Json& value);

}  // namespace optagelse::wire
