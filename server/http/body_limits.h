// How large a request body each route takes, checked from Content-Length before any of it is read
// (http/guards.cpp): a login or CPR check is a few hundred bytes, so 4 KB; a JSON write 1 MB;
// only the uploads (a school's pupil report, UPV and travel-time imports, allocation data, a claim's
// documentation) get the server's whole --max-body. A body nobody will read costs nothing.
#pragma once

#include <cstddef>
#include <string>

namespace optagelse::http {

inline constexpr std::size_t kSmallBodyBytes = 4 * 1024;
inline constexpr std::size_t kJsonBodyBytes = 1024 * 1024;

std::size_t BodyLimitFor(const std::string& method, const std::string& path, std::size_t max_body_bytes);

}  // namespace optagelse::http
