// A string member of untrusted JSON (a token, a provider's document), or "" when it is missing or
// not a string. nlohmann's value() would throw on a wrong type, which with JSON_NOEXCEPTION aborts
// the server: never use it on what another party sent.
#pragma once

#include <string>

#include "wire/json.h"

namespace optagelse::oidc {

inline std::string TextMember(const wire::Json& object, const char* name) {
  if (!object.is_object()) return {};
  const auto it = object.find(name);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

}  // namespace optagelse::oidc
