// The ID token of OpenID Connect Core 1.0 § 2 and § 3.1.3.7: split from its compact form, and its
// claims checked - iss, aud (and azp when there are several audiences), exp, iat, nonce, sub.
// The signature is checked apart (json_web_key.h) with the key the header names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/problem.h"
#include "wire/json.h"

namespace optagelse::oidc {

struct CompactJws {
  wire::Json header;
  wire::Json payload;
  std::string signing_input;  // "<header>.<payload>" as sent
  std::string signature;      // decoded bytes
};

// kLoginTokenInvalid "format" unless the token is three base64url parts with JSON objects.
Result<CompactJws> ParseCompactJws(std::string_view token);

struct IdTokenExpectations {
  std::string issuer;
  std::string client_id;
  std::string nonce;
  std::int64_t now_seconds = 0;
  std::int64_t leeway_seconds = 60;  // clocks of the provider and the server may differ this much
};

// Every claim check; kLoginTokenInvalid with the failed claim's name as detail ("iss", "aud", ...).
Result<void> CheckIdTokenClaims(const wire::Json& payload, const IdTokenExpectations& expected);

}  // namespace optagelse::oidc
