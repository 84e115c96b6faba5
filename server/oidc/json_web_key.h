// The provider's signing keys (a JSON Web Key Set, RFC 7517) as OpenSSL public keys, and the check
// of a JSON Web Signature against one of them (RFC 7515/7518): RS256 and PS256 with RSA keys of at
// least 2048 bits, ES256 with P-256 keys. Never hand-rolled: OpenSSL's EVP verifies.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "wire/json.h"

typedef struct evp_pkey_st EVP_PKEY;

namespace optagelse::oidc {

struct PublicKey {
  std::shared_ptr<EVP_PKEY> key;
  std::string kty;  // "RSA" or "EC"
  std::string alg;  // the "alg" the key set pins the key to, or empty
};

struct KeySet {
  std::map<std::string, PublicKey> by_kid;
  std::vector<PublicKey> without_kid;  // usable only when the token names no kid either
};

// Reads every key the set holds for signatures; keys of other types or uses are skipped, a
// malformed key refuses the whole set (kLoginTokenInvalid "jwks").
Result<KeySet> ParseKeySet(const wire::Json& jwks);

// The signature algorithms accepted in ID tokens.
bool IsSupportedAlgorithm(std::string_view alg);

// True when `signature` (as the token carries it: PKCS#1 for RS, r||s for ES) signs `input` under
// `key` with `alg`; false for every mismatch of key type and algorithm.
bool VerifySignature(const PublicKey& key, std::string_view alg, std::string_view input, std::string_view signature);

}  // namespace optagelse::oidc
