// Base64url without padding (RFC 4648 § 5), the encoding of every part of a JSON Web Token and of
// the PKCE code challenge (RFC 7636 § 4.2). Decoding refuses anything outside the alphabet.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace optagelse::oidc {

std::string Base64UrlEncode(std::string_view bytes);
std::optional<std::string> Base64UrlDecode(std::string_view text);

}  // namespace optagelse::oidc
