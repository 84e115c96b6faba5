// Fuzzes what the server reads from an OpenID provider (server/oidc): any bytes as an ID token are
// split into header, payload and signature or refused with a coded problem; a split token's claims
// are checked or refused with the claim named; any JSON as a key set is read or refused with a
// coded problem; no signature of random bytes verifies; base64url decoding is exact (what decodes
// encodes back to the same text).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_checks.h"
#include "oidc/base64url.h"
#include "oidc/id_token.h"
#include "oidc/json_web_key.h"

namespace {

using namespace optagelse;

void RequireTokenProblem(const Problem& problem) {
  fuzz::RequireExplained(problem);
  if (problem.code != ErrorCode::kLoginTokenInvalid) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (const auto decoded = oidc::Base64UrlDecode(text); decoded && oidc::Base64UrlEncode(*decoded) != text) std::abort();

  auto token = oidc::ParseCompactJws(text);
  if (!token) {
    RequireTokenProblem(token.error());
  } else {
    const oidc::IdTokenExpectations expected{"https://op.example", "optagelse", "nonce", 1'800'000'000};
    if (auto checked = oidc::CheckIdTokenClaims(token->payload, expected); !checked) RequireTokenProblem(checked.error());
    auto keys = oidc::ParseKeySet(token->header);  // a header is JSON too: fuzz the key reader with it
    if (!keys) RequireTokenProblem(keys.error());
    for (const auto& [kid, key] : keys ? keys->by_kid : std::map<std::string, oidc::PublicKey>{}) {
      for (const char* alg : {"RS256", "PS256", "ES256", "none"}) {
        if (oidc::VerifySignature(key, alg, token->signing_input, token->signature)) std::abort();  // random bytes never sign
      }
    }
  }
  if (auto json = wire::ParseJson(text); json) {
    if (auto keys = oidc::ParseKeySet(*json); !keys) RequireTokenProblem(keys.error());
  }
  return 0;
}
