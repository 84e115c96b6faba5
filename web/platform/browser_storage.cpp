// localStorage and measurements: see browser_storage.h; the JavaScript half is in browser_bridge.js.
#include "platform/browser_storage.h"

#include <cstdlib>

#include <emscripten.h>

extern "C" {
void optagelse_js_storage_set(const char* key, const char* value);
char* optagelse_js_storage_get(const char* key);  // malloc'ed, or null
void optagelse_js_measure(const char* name, double milliseconds);
}

namespace optagelse::web {

void StorageSet(const std::string& key, const std::string& value) { optagelse_js_storage_set(key.c_str(), value.c_str()); }

std::optional<std::string> StorageGet(const std::string& key) {
  char* value = optagelse_js_storage_get(key.c_str());
  if (value == nullptr) return std::nullopt;
  std::string text(value);
  std::free(value);
  return text;
}

double NowMilliseconds() { return emscripten_get_now(); }

void PublishMeasurement(const char* name, double milliseconds) { optagelse_js_measure(name, milliseconds); }

}  // namespace optagelse::web
