// The browser app's files: index.html at "/", the Emscripten output (.js, .wasm with
// application/wasm) beside it. httplib's mount point refuses paths that climb out of web_root.
#include "routes/routes.h"

namespace optagelse::routes {

void RegisterStaticFiles(httplib::Server& server, const std::string& web_root) {
  if (web_root.empty()) return;
  server.set_file_extension_and_mimetype_mapping("wasm", "application/wasm");
  server.set_file_extension_and_mimetype_mapping("js", "text/javascript");
  server.set_file_extension_and_mimetype_mapping("html", "text/html; charset=utf-8");
  server.set_mount_point("/", web_root);
}

}  // namespace optagelse::routes
