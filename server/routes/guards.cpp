// Request limits and fallbacks: oversize bodies and chunked uploads are refused before their body
// is read (Debian's cpp-httplib 0.11.4 does not bound chunked bodies), and any path no route
// answers gets a JSON 404 under /api/ and a plain 404 elsewhere; an /api/ path missing from the table
// of API routes (api_routes.h) is a 404 before any handler runs.
#include "http/json_response.h"
#include "routes/api_routes.h"
#include "routes/routes.h"

namespace optagelse::routes {
namespace {

bool IsApiPath(const std::string& path) { return path.rfind("/api/", 0) == 0; }

// True when a Content-Length header is not a plain number of at most max bytes.
bool LengthTooLargeOrInvalid(const std::string& length, std::size_t max) {
  if (length.empty() || length.size() > 15) return !length.empty();
  std::size_t value = 0;
  for (const char c : length) {
    if (c < '0' || c > '9') return true;
    value = value * 10 + static_cast<std::size_t>(c - '0');
  }
  return value > max;
}

}  // namespace

void RegisterGuards(httplib::Server& server, std::size_t max_body_bytes) {
  server.set_payload_max_length(max_body_bytes);
  server.set_pre_routing_handler([max_body_bytes](const httplib::Request& request, httplib::Response& response) {
    if (request.has_header("Transfer-Encoding")) {
      http::WriteProblem(response, 411, MakeError(ErrorCode::kBadRequest, "Transfer-Encoding", "chunked"));
      response.set_header("Connection", "close");  // the unread body must not be parsed as a request
      return httplib::Server::HandlerResponse::Handled;
    }
    const std::string length = request.get_header_value("Content-Length");
    if (LengthTooLargeOrInvalid(length, max_body_bytes)) {
      http::WriteProblem(response, 413,
                         MakeError(ErrorCode::kPayloadTooLarge, "Content-Length", std::to_string(max_body_bytes)));
      response.set_header("Connection", "close");
      return httplib::Server::HandlerResponse::Handled;
    }
    // Only routes in the table of API routes (and so in the access matrix) are served.
    if (IsApiPath(request.path) && !FindApiRoute(request.method, request.path)) {
      http::WriteProblem(response, 404, MakeError(ErrorCode::kNotFound, "path"));
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.set_error_handler([](const httplib::Request& request, httplib::Response& response) {
    if (!response.body.empty()) return;  // a route already wrote its own answer
    if (response.status == 404 && IsApiPath(request.path)) {
      return http::WriteProblem(response, 404, MakeError(ErrorCode::kNotFound, "path"));
    }
    if (response.status == 413) {
      return http::WriteProblem(response, 413, MakeError(ErrorCode::kPayloadTooLarge, "body"));
    }
    if (IsApiPath(request.path)) {
      return http::WriteProblem(response, response.status, MakeError(ErrorCode::kBadRequest, ""));
    }
  });
}

}  // namespace optagelse::routes
