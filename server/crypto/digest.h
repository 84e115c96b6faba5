// Hashing and random tokens for the server, from OpenSSL's libcrypto (never hand-rolled).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace optagelse::crypto {

// SHA-256 of the bytes, as 64 lower-case hex digits.
std::string Sha256Hex(std::string_view bytes);
// HMAC-SHA256 of the bytes under the key, as 64 lower-case hex digits.
std::string HmacSha256Hex(std::string_view key, std::string_view bytes);
// `size` random bytes from OpenSSL's generator, as hex; nullopt if the generator fails.
std::optional<std::string> RandomHex(int size);

}  // namespace optagelse::crypto
