// Body limits per route: see body_limits.h.
#include "http/body_limits.h"

#include <algorithm>
#include <string_view>

namespace optagelse::http {
namespace {

bool EndsWith(const std::string& text, std::string_view end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

}  // namespace

std::size_t BodyLimitFor(const std::string& method, const std::string& path, std::size_t max_body_bytes) {
  if (method == "GET" || method == "HEAD" || path == "/api/v1/session" || path == "/api/v1/cpr/check") {
    return std::min(kSmallBodyBytes, max_body_bytes);
  }
  const bool upload = method == "POST" && (EndsWith(path, "/pupil-reports") || EndsWith(path, "/upv-import") ||
                                           path == "/api/v1/travel-times" || path == "/api/v1/me/attachments" ||
                                           EndsWith(path, "/allocations"));
  return upload ? max_body_bytes : std::min(kJsonBodyBytes, max_body_bytes);
}

}  // namespace optagelse::http
