// Security headers on every answer (issue "Hardening", attacks): a Content-Security-Policy that lets
// the page load its own script, style and WebAssembly and nothing else (no inline script or style,
// no other origin, no framing, no plugins), frame denial for old browsers, no MIME sniffing, no
// referrer leaving the site, its own browsing-context group, no camera, microphone or location, and
// HSTS when the server speaks TLS itself.
#include "http/server_hooks.h"

namespace optagelse::http {

const char* const kContentSecurityPolicy =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'";

void RegisterSecurityHeaders(httplib::Server& server, Transport transport) {
  httplib::Headers headers{{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Frame-Options", "DENY"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cross-Origin-Opener-Policy", "same-origin"},
                              {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"}};
  // Served over HTTPS directly: browsers must come back over HTTPS only, for a year (HSTS, RFC 6797).
  if (transport == Transport::kTls) headers.emplace("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  server.set_default_headers(std::move(headers));
}

}  // namespace optagelse::http
