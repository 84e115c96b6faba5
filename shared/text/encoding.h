// Text encodings of uploaded files: admin systems export UTF-8 (with or without a byte order mark)
// or Windows-1252. Everything inside the system is UTF-8.
#pragma once

#include <string>
#include <string_view>

#include "core/problem.h"

namespace optagelse::text {

enum class Encoding { kDetect, kUtf8, kWindows1252 };

bool IsValidUtf8(std::string_view bytes);

// Decodes to UTF-8. kDetect: valid UTF-8 is taken as UTF-8, anything else as Windows-1252.
// Binary content (NUL bytes) and bytes Windows-1252 leaves undefined are kInvalidEncoding.
Result<std::string> DecodeToUtf8(std::string_view bytes, Encoding encoding);

}  // namespace optagelse::text
