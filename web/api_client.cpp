// Emscripten fetch wrapper: see api_client.h. The page's own origin serves the API, so paths are
// relative ("/api/v1/health").
#include "api_client.h"

#include <cstring>
#include <memory>

#include <emscripten/fetch.h>

namespace optagelse::web {
namespace {

void Finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<ApiCallback> callback(static_cast<ApiCallback*>(fetch->userData));
  ApiResponse response;
  response.status = fetch->status;
  if (fetch->data && fetch->numBytes > 0) response.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
  (*callback)(response);
}

void Send(const char* method, const std::string& path, const std::string* json, ApiCallback callback) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, method, sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.onsuccess = Finish;
  attr.onerror = Finish;
  attr.userData = new ApiCallback(std::move(callback));
  static const char* kJsonHeaders[] = {"Content-Type", "application/json", "Accept", "application/json", nullptr};
  static const char* kAcceptHeaders[] = {"Accept", "application/json", nullptr};
  attr.requestHeaders = json ? kJsonHeaders : kAcceptHeaders;
  if (json) {
    attr.requestData = json->data();  // copied by the fetch before Send returns
    attr.requestDataSize = json->size();
  }
  emscripten_fetch(&attr, path.c_str());
}

}  // namespace

void ApiGet(const std::string& path, ApiCallback callback) { Send("GET", path, nullptr, std::move(callback)); }

void ApiPostJson(const std::string& path, const std::string& json, ApiCallback callback) {
  Send("POST", path, &json, std::move(callback));
}

}  // namespace optagelse::web
