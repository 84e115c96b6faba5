// SHA-256 and random tokens: see digest.h.
#include "crypto/digest.h"

#include <openssl/rand.h>
#include <openssl/hmac.h>
#include <openssl/sha.h>

#include <vector>

namespace optagelse::crypto {
namespace {

std::string Hex(const unsigned char* bytes, std::size_t size) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string out;
  out.reserve(size * 2);
  for (std::size_t i = 0; i < size; ++i) {
    out += kDigits[bytes[i] >> 4];
    out += kDigits[bytes[i] & 0xF];
  }
  return out;
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[SHA256_DIGEST_LENGTH];
  SHA256(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), digest);
  return Hex(digest, sizeof digest);
}

std::string HmacSha256Hex(std::string_view key, std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
       digest, &length);
  return Hex(digest, length);
}

std::optional<std::string> RandomHex(int size) {
  std::vector<unsigned char> bytes(static_cast<std::size_t>(size));
  if (RAND_bytes(bytes.data(), size) != 1) return std::nullopt;
  return Hex(bytes.data(), bytes.size());
}

}  // namespace optagelse::crypto
