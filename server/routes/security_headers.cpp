// Security headers on every answer (issue "Hardening", attacks): a Content-Security-Policy that lets
// the page load its own script, style and WebAssembly and nothing else (no inline script or style,
// no other origin, no framing, no plugins), frame denial for old browsers, no MIME sniffing, no
// referrer leaving the site, its own browsing-context group, and no camera, microphone or location.
#include "routes/routes.h"

namespace optagelse::routes {

const char* const kContentSecurityPolicy =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; worker-src 'self'; manifest-src 'self'; frame-ancestors 'none'; "
    "base-uri 'none'; form-action 'none'";

void RegisterSecurityHeaders(httplib::Server& server) {
  server.set_default_headers({{"Content-Security-Policy", kContentSecurityPolicy},
                              {"X-Frame-Options", "DENY"},
                              {"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"Cross-Origin-Opener-Policy", "same-origin"},
                              {"Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"}});
}

}  // namespace optagelse::routes
