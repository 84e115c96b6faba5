// Percent-encoding (RFC 3986) for text that must travel where only plain ASCII may: a file name in
// an HTTP header (X-File-Name). The browser encodes, the server decodes, with the same code.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace optagelse::text {

// Every byte outside the unreserved set (letters, digits, - . _ ~) becomes %XX (upper-case hex),
// so UTF-8 "Lægeerklæring.pdf" becomes "L%C3%A6geerkl%C3%A6ring.pdf".
std::string PercentEncode(std::string_view bytes);

// The bytes back; nullopt when a % is not followed by two hex digits.
std::optional<std::string> PercentDecode(std::string_view encoded);

}  // namespace optagelse::text
