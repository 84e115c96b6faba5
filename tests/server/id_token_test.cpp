// The ID token's pieces on their own (server/oidc): base64url exactly as RFC 4648 § 5 says, the
// claim checks of OpenID Connect Core § 3.1.3.7 one by one, and signatures checked with OpenSSL
// against real RS256 and ES256 tokens and key sets (tests/fuzz/seeds/id_token_fuzz, made by node's
// crypto, so another implementation signed them).
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "oidc/base64url.h"
#include "oidc/id_token.h"
#include "oidc/json_web_key.h"

namespace optagelse::oidc {
namespace {

std::string Seed(const std::string& name) {
  std::ifstream file(std::string(OPTAGELSE_SOURCE_DIR) + "/tests/fuzz/seeds/id_token_fuzz/" + name);
  std::stringstream text;
  text << file.rdbuf();
  return text.str();
}

TEST(Base64Url, DecodesOnlyTheCanonicalUnpaddedForm) {
  EXPECT_EQ(Base64UrlDecode("aGk"), "hi");
  EXPECT_EQ(Base64UrlEncode("hi"), "aGk");
  EXPECT_EQ(Base64UrlDecode("-_8"), std::string("\xfb\xff", 2));
  EXPECT_FALSE(Base64UrlDecode("aGl"));   // leftover bits set: not what any encoder writes
  EXPECT_FALSE(Base64UrlDecode("aGk="));  // padding is not part of the JWS form
  EXPECT_FALSE(Base64UrlDecode("a+k"));   // the standard alphabet's characters are not base64url
  EXPECT_FALSE(Base64UrlDecode("a"));     // no whole byte
}

wire::Json GoodClaims() {
  return wire::Json{{"iss", "https://op.example"}, {"aud", "optagelse"}, {"exp", 1000}, {"iat", 900}, {"nonce", "n-1"}, {"sub", "ida"}};
}

std::string FailedClaim(const wire::Json& claims, std::int64_t now = 950) {
  const auto checked = CheckIdTokenClaims(claims, {"https://op.example", "optagelse", "n-1", now});
  if (checked) return "";
  EXPECT_EQ(checked.error().code, ErrorCode::kLoginTokenInvalid);
  return checked.error().detail;
}

TEST(IdTokenClaims, EveryClaimIsChecked) {
  EXPECT_EQ(FailedClaim(GoodClaims()), "");
  auto claims = GoodClaims();
  claims["iss"] = "https://op.example/";  // issuers compare exactly
  EXPECT_EQ(FailedClaim(claims), "iss");
  claims = GoodClaims();
  claims["aud"] = "another";
  EXPECT_EQ(FailedClaim(claims), "aud");
  claims["aud"] = wire::Json::array({"optagelse"});
  EXPECT_EQ(FailedClaim(claims), "");
  claims["aud"] = wire::Json::array({"optagelse", "another"});  // several audiences: azp must name us
  EXPECT_EQ(FailedClaim(claims), "aud");
  claims["azp"] = "optagelse";
  EXPECT_EQ(FailedClaim(claims), "");
  EXPECT_EQ(FailedClaim(GoodClaims(), 1059), "") << "a minute's leeway for the clocks";
  EXPECT_EQ(FailedClaim(GoodClaims(), 1060), "exp");
  EXPECT_EQ(FailedClaim(GoodClaims(), 839), "iat") << "issued more than a minute in our future";
  claims = GoodClaims();
  claims["exp"] = "1000";  // a string is no NumericDate
  EXPECT_EQ(FailedClaim(claims), "exp");
  claims = GoodClaims();
  claims["nonce"] = "n-2";
  EXPECT_EQ(FailedClaim(claims), "nonce");
  claims.erase("nonce");
  EXPECT_EQ(FailedClaim(claims), "nonce");
  claims = GoodClaims();
  claims["sub"] = 7;
  EXPECT_EQ(FailedClaim(claims), "sub");
}

TEST(IdToken, ACompactTokenHasThreeParts) {
  EXPECT_EQ(ParseCompactJws("a.b").error().detail, "format");
  EXPECT_EQ(ParseCompactJws("a.b.c.d").error().detail, "format");
  EXPECT_EQ(ParseCompactJws("e30.bm90IGpzb24.AA").error().detail, "format");  // the payload is not JSON
  const auto token = ParseCompactJws(Seed("rs256-token"));
  ASSERT_TRUE(token);
  EXPECT_EQ(token->header["alg"], "RS256");
  EXPECT_EQ(token->payload["sub"], "ida");
}

TEST(JsonWebKey, RealRs256AndEs256TokensVerifyAndNothingElseDoes) {
  auto jwks = wire::ParseJson(Seed("jwks"));
  ASSERT_TRUE(jwks);
  const auto keys = ParseKeySet(*jwks);
  ASSERT_TRUE(keys) << keys.error().detail;
  const PublicKey& rsa = keys->by_kid.at("rsa-1");
  const PublicKey& ec = keys->by_kid.at("ec-1");
  const auto rs256 = ParseCompactJws(Seed("rs256-token"));
  const auto es256 = ParseCompactJws(Seed("es256-token"));
  ASSERT_TRUE(rs256 && es256);
  EXPECT_TRUE(VerifySignature(rsa, "RS256", rs256->signing_input, rs256->signature));
  EXPECT_TRUE(VerifySignature(ec, "ES256", es256->signing_input, es256->signature));
  // The wrong key, the wrong algorithm, an altered token or signature: false, every time.
  EXPECT_FALSE(VerifySignature(ec, "RS256", rs256->signing_input, rs256->signature));
  EXPECT_FALSE(VerifySignature(rsa, "PS256", rs256->signing_input, rs256->signature));
  EXPECT_FALSE(VerifySignature(rsa, "none", rs256->signing_input, ""));
  EXPECT_FALSE(VerifySignature(rsa, "RS256", rs256->signing_input + " ", rs256->signature));
  std::string flipped = es256->signature;
  flipped[10] ^= 1;
  EXPECT_FALSE(VerifySignature(ec, "ES256", es256->signing_input, flipped));
  EXPECT_FALSE(VerifySignature(ec, "ES256", es256->signing_input, es256->signature.substr(1)));
}

TEST(JsonWebKey, WeakOrMalformedKeysRefuseTheSet) {
  const auto short_rsa = wire::ParseJson(
      R"({"keys": [{"kty": "RSA", "kid": "short", "e": "AQAB", "n": "z-qmxlp1qhS0jx49-QpBnMJ0gWpXBr32pw5zsR3QQ7X86_bk1nleL0IXdEnfcOc0CQPKWBZeHJ0bspj9km4Ng4wenRJRsc0c90PyGWKSnvIKV9tObcXf_407dds2hwEH4g4x9kyddgS43isbbeDSTQnxA3EgJLTvQ5SgaASvEX8"}]})");
  ASSERT_TRUE(short_rsa);
  EXPECT_EQ(ParseKeySet(*short_rsa).error().detail, "RSA key shorter than 2048 bits");
  const auto off_curve = wire::ParseJson(
      R"({"keys": [{"kty": "EC", "crv": "P-256", "x": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "y": "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAE"}]})");
  ASSERT_TRUE(off_curve);
  EXPECT_EQ(ParseKeySet(*off_curve).error().code, ErrorCode::kLoginTokenInvalid);
  // Keys for encryption, or of types never used for ID tokens here, are passed over.
  const auto others = wire::ParseJson(R"({"keys": [{"kty": "oct", "k": "AAAA"}, {"kty": "RSA", "use": "enc", "n": "AA", "e": "AQAB"}]})");
  ASSERT_TRUE(others);
  const auto keys = ParseKeySet(*others);
  ASSERT_TRUE(keys);
  EXPECT_TRUE(keys->by_kid.empty() && keys->without_kid.empty());
}

}  // namespace
}  // namespace optagelse::oidc
