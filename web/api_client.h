// Calls to the server's JSON API from the browser (Emscripten's fetch). Answers arrive in a later
// frame through the callback. The session cookie travels by itself (same origin); state-changing
// calls carry the session's CSRF token, which the app keeps once logged in.
#pragma once

#include <functional>
#include <string>

namespace optagelse::web {

struct ApiResponse {
  int status = 0;    // HTTP status, 0 when the server could not be reached
  std::string body;
};

using ApiCallback = std::function<void(const ApiResponse&)>;

struct ApiRequest {
  std::string method = "GET";
  std::string path;
  std::string body;
  std::string content_type;  // empty: no body
  std::string csrf_token;    // sent as X-CSRF-Token when not empty
};

void ApiSend(const ApiRequest& request, ApiCallback callback);
// The language the person uses the app in, sent as Accept-Language with every call from now on:
// the server writes its messages to them (receipts, reminders) in it.
void ApiSetLanguage(std::string tag);
void ApiGet(const std::string& path, ApiCallback callback);
// POSTs a file's bytes (the server decides the type by content) with its name percent-encoded in
// X-File-Name, so æ, ø and å survive the header.
void ApiUpload(const std::string& path, const std::string& bytes, const std::string& file_name, const std::string& csrf_token,
               ApiCallback callback);

}  // namespace optagelse::web
