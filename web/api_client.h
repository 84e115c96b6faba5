// Calls to the server's JSON API from the browser (Emscripten's fetch). Answers arrive in a later
// frame through the callback; failures come back as Problems with the core's error codes.
#pragma once

#include <functional>
#include <string>

#include "core/problem.h"

namespace optagelse::web {

struct ApiResponse {
  int status = 0;    // HTTP status, 0 when the server could not be reached
  std::string body;
};

using ApiCallback = std::function<void(const ApiResponse&)>;

void ApiGet(const std::string& path, ApiCallback callback);
void ApiPostJson(const std::string& path, const std::string& json, ApiCallback callback);

}  // namespace optagelse::web
