// What the server does around every route (not routes themselves): refusing what no route should
// read, making every answer durable before it leaves, and the security headers on every response.
#pragma once

#include <cstddef>

#include <httplib.h>

#include "service_context.h"

namespace optagelse::http {

// Limits and JSON answers for what no route handles: oversize or chunked bodies, unknown paths.
void RegisterGuards(httplib::Server& server, std::size_t max_body_bytes);
// Every API answer waits until the commits made before it are on disk (group commit).
void RegisterDurableAnswers(httplib::Server& server, ServiceContext& context);
// The Content-Security-Policy and the other security headers on every response.
extern const char* const kContentSecurityPolicy;
enum class Transport { kPlain, kTls };
void RegisterSecurityHeaders(httplib::Server& server, Transport transport);

}  // namespace optagelse::http
