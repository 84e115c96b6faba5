// Emscripten fetch wrapper: see api_client.h. The page's own origin serves the API, so paths are
// relative ("/api/v1/health").
#include "api_client.h"

#include <cstring>
#include <memory>
#include <vector>

#include <emscripten/fetch.h>

#include "platform/frame_pacer.h"
#include "text/percent_encoding.h"

namespace optagelse::web {
namespace {

// What a fetch in flight owns until it finishes: the callback and the body it sends.
struct InFlight {
  ApiCallback callback;
  std::string body;
  std::string file_name;  // percent-encoded
};

void Finish(emscripten_fetch_t* fetch) {
  std::unique_ptr<InFlight> in_flight(static_cast<InFlight*>(fetch->userData));
  ApiResponse response;
  response.status = fetch->status;
  if (fetch->data && fetch->numBytes > 0) response.body.assign(fetch->data, static_cast<std::size_t>(fetch->numBytes));
  emscripten_fetch_close(fetch);
  in_flight->callback(response);
  WakeApp();
}

std::string& LanguageTagStorage() {
  static std::string tag = "da";
  return tag;
}

void Send(const ApiRequest& request, const std::string& file_name, ApiCallback callback) {
  emscripten_fetch_attr_t attr;
  emscripten_fetch_attr_init(&attr);
  std::strncpy(attr.requestMethod, request.method.c_str(), sizeof(attr.requestMethod) - 1);
  attr.attributes = EMSCRIPTEN_FETCH_LOAD_TO_MEMORY;
  attr.onsuccess = Finish;
  attr.onerror = Finish;
  auto* in_flight = new InFlight{std::move(callback), request.body, text::PercentEncode(file_name)};
  attr.userData = in_flight;
  // The header strings are copied when the fetch starts, inside emscripten_fetch.
  std::vector<const char*> headers = {"Accept", "application/json", "Accept-Language", LanguageTagStorage().c_str()};
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
  if (!file_name.empty()) {
    headers.push_back("X-File-Name");
    headers.push_back(in_flight->file_name.c_str());
  }
  headers.push_back(nullptr);
  attr.requestHeaders = headers.data();
  emscripten_fetch(&attr, request.path.c_str());
}

}  // namespace

void ApiSend(const ApiRequest& request, ApiCallback callback) { Send(request, "", std::move(callback)); }

void ApiSetLanguage(std::string tag) { LanguageTagStorage() = std::move(tag); }

void ApiUpload(const std::string& path, const std::string& bytes, const std::string& file_name, const std::string& csrf_token,
               ApiCallback callback) {
  Send(ApiRequest{"POST", path, bytes, "application/octet-stream", csrf_token}, file_name, std::move(callback));
}

void ApiGet(const std::string& path, ApiCallback callback) { ApiSend(ApiRequest{"GET", path, "", "", ""}, std::move(callback)); }

}  // namespace optagelse::web
