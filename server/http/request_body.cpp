// JSON request bodies: see request_body.h.
#include "http/request_body.h"

namespace optagelse::http {

Result<wire::Json> ReadJsonBody(const httplib::Request& request) {
  const std::string type = request.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0) {
    return Fail(MakeError(ErrorCode::kUnsupportedMediaType, "Content-Type", "application/json"));
  }
  return wire::ParseJson(request.body);
}

}  // namespace optagelse::http
