// Emscripten fetch wrapper: see api_client.h. The page's own origin serves the API, so paths are
// relative ("/api/v1/health").
#include "api_client.h"

#include <cstring>
#include <memory>
#include <vector>

#include <emscripten/fetch.h>

namespace optagelse::web {
namespace {

// What a fetch in flight owns until it finishes: the callback and the body it sends.
struct InFlight {
  ApiCallback callback;
  std::string body;
};

void Finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<InFlight> in_flight(static_cast<InFlight*>(fetch->userData));
  ApiResponse response;
  response.status = fetch->status;
  if (fetch->data && fetch->numBytes > 0) response.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
  in_flight->callback(response);
}

}  // namespace

void ApiSend(const ApiRequest& request, ApiCallback callback) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, request.method.c_str(), sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.onsuccess = Finish;
  attr.onerror = Finish;
  auto* in_flight = new InFlight{std::move(callback), request.body};
  attr.userData = in_flight;
  // The header strings are copied when the fetch starts, inside emscripten_fetch.
  std::vector<const char*> headers = {"Accept", "application/json"};
  if (!request.content_type.empty()) {
    headers.push_back("Content-Type");
    headers.push_back(request.content_type.c_str());
    attr.requestData = in_flight->body.data();
    attr.requestDataSize = in_flight->body.size();
  }
  if (!request.csrf_token.empty()) {
    headers.push_back("X-CSRF-Token");
    headers.push_back(request.csrf_token.c_str());
  }
  headers.push_back(nullptr);
  attr.requestHeaders = headers.data();
  emscripten_fetch(&attr, request.path.c_str());
}

void ApiGet(const std::string& path, ApiCallback callback) { ApiSend(ApiRequest{"GET", path, "", "", ""}, std::move(callback)); }

}  // namespace optagelse::web
