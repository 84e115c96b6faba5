// Request limits and fallbacks: oversize bodies (by route: http/body_limits.h), chunked uploads and
// ambiguous framing are refused before their body is read (Debian's cpp-httplib 0.11.4 does not
// bound chunked bodies), and the connection ends with the refusal (http/connection_closer.h); any
// path no route answers gets a JSON 404 under /api/ and a plain 404 elsewhere; an /api/ path missing from the table
// of API routes (api_routes.h) is a 404 before any handler runs.
#include "http/body_limits.h"
#include "http/connection_closer.h"
#include "http/json_response.h"
#include "routes/api_routes.h"
#include "http/server_hooks.h"

namespace optagelse::http {
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
  http::InstallConnectionCloser(server);
  server.set_pre_routing_handler([max_body_bytes](const httplib::Request& request, httplib::Response& response) {
    // Every refusal here leaves a body unread: the connection ends with the answer, so those bytes
    // are never taken for the next request.
    const auto refuse = [&response](int status, const Problem& problem) {
      http::WriteProblem(response, status, problem);
      http::MarkForClosing(response);
      return httplib::Server::HandlerResponse::Handled;
    };
    const std::size_t lengths = request.get_header_value_count("Content-Length");
    if (request.has_header("Transfer-Encoding")) {
      // Both framings at once is how requests are smuggled past a proxy: never guess which one counts.
      if (lengths > 0) return refuse(400, MakeError(ErrorCode::kBadRequest, "Transfer-Encoding", "with Content-Length"));
      return refuse(411, MakeError(ErrorCode::kBadRequest, "Transfer-Encoding", "chunked"));
    }
    if (lengths > 1) return refuse(400, MakeError(ErrorCode::kBadRequest, "Content-Length", "given twice"));
    const std::size_t limit = http::BodyLimitFor(request.method, request.path, max_body_bytes);
    if (LengthTooLargeOrInvalid(request.get_header_value("Content-Length"), limit)) {
      return refuse(413, MakeError(ErrorCode::kPayloadTooLarge, "Content-Length", std::to_string(limit)));
    }
    // Only routes in the table of API routes (and so in the access matrix) are served.
    if (IsApiPath(request.path) && !routes::FindApiRoute(request.method, request.path)) {
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

}  // namespace optagelse::http
