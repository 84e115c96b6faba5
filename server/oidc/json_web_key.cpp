// JSON Web Keys and signatures through OpenSSL 3: see json_web_key.h.
#include "oidc/json_web_key.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include "oidc/base64url.h"
#include "oidc/json_text.h"

namespace optagelse::oidc {
namespace {

constexpr int kMinimumRsaBits = 2048;

template <typename T, void (*Free)(T*)>
struct Deleter {
  void operator()(T* p) const { Free(p); }
};
using BigNum = std::unique_ptr<BIGNUM, Deleter<BIGNUM, BN_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD, OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM, OSSL_PARAM_free>>;
using KeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX, EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX, EVP_MD_CTX_free>>;
using EcdsaSignature = std::unique_ptr<ECDSA_SIG, Deleter<ECDSA_SIG, ECDSA_SIG_free>>;

Problem BadKeySet(std::string detail) { return MakeError(ErrorCode::kLoginTokenInvalid, "jwks", std::move(detail)); }

std::optional<std::string> Member(const wire::Json& key, const char* name) {
  const auto it = key.find(name);
  if (it == key.end() || !it->is_string()) return std::nullopt;
  return Base64UrlDecode(it->get<std::string>());
}

std::shared_ptr<EVP_PKEY> FromData(const char* type, OSSL_PARAM_BLD* builder) {
  const Params params(OSSL_PARAM_BLD_to_param(builder));
  const KeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
  EVP_PKEY* key = nullptr;
  if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1 ||
      EVP_PKEY_fromdata(context.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1) {
    return nullptr;
  }
  return std::shared_ptr<EVP_PKEY>(key, EVP_PKEY_free);
}

Result<std::shared_ptr<EVP_PKEY>> RsaKey(const wire::Json& jwk) {
  const auto n = Member(jwk, "n");
  const auto e = Member(jwk, "e");
  if (!n || !e || n->empty() || e->empty()) return Fail(BadKeySet("RSA key without n/e"));
  const BigNum modulus(BN_bin2bn(reinterpret_cast<const unsigned char*>(n->data()), static_cast<int>(n->size()), nullptr));
  const BigNum exponent(BN_bin2bn(reinterpret_cast<const unsigned char*>(e->data()), static_cast<int>(e->size()), nullptr));
  const ParamBuilder builder(OSSL_PARAM_BLD_new());
  if (!modulus || !exponent || !builder) return Fail(BadKeySet("RSA key"));
  if (BN_num_bits(modulus.get()) < kMinimumRsaBits) return Fail(BadKeySet("RSA key shorter than 2048 bits"));
  OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_N, modulus.get());
  OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_RSA_E, exponent.get());
  auto key = FromData("RSA", builder.get());
  if (!key) return Fail(BadKeySet("RSA key"));
  return key;
}

Result<std::shared_ptr<EVP_PKEY>> EcKey(const wire::Json& jwk) {
  const auto crv = jwk.find("crv");
  if (crv == jwk.end() || *crv != "P-256") return Fail(BadKeySet("EC key on a curve other than P-256"));
  const auto x = Member(jwk, "x");
  const auto y = Member(jwk, "y");
  if (!x || !y || x->size() != 32 || y->size() != 32) return Fail(BadKeySet("EC key without x/y"));
  const std::string point = "\x04" + *x + *y;  // the uncompressed point
  const ParamBuilder builder(OSSL_PARAM_BLD_new());
  if (!builder) return Fail(BadKeySet("EC key"));
  OSSL_PARAM_BLD_push_utf8_string(builder.get(), OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0);
  OSSL_PARAM_BLD_push_octet_string(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, point.data(), point.size());
  auto key = FromData("EC", builder.get());
  if (!key) return Fail(BadKeySet("EC key not on the curve"));
  return key;
}

// An ES256 signature as JOSE carries it (r||s, 32 bytes each) in the DER form OpenSSL verifies.
std::optional<std::string> EcdsaDer(std::string_view raw) {
  if (raw.size() != 64) return std::nullopt;
  const auto* bytes = reinterpret_cast<const unsigned char*>(raw.data());
  EcdsaSignature signature(ECDSA_SIG_new());
  BIGNUM* r = BN_bin2bn(bytes, 32, nullptr);
  BIGNUM* s = BN_bin2bn(bytes + 32, 32, nullptr);
  if (!signature || !r || !s || ECDSA_SIG_set0(signature.get(), r, s) != 1) {
    BN_free(r);
    BN_free(s);
    return std::nullopt;
  }
  const int size = i2d_ECDSA_SIG(signature.get(), nullptr);
  if (size <= 0) return std::nullopt;
  std::string der(static_cast<std::size_t>(size), '\0');
  auto* out = reinterpret_cast<unsigned char*>(der.data());
  i2d_ECDSA_SIG(signature.get(), &out);
  return der;
}

}  // namespace

bool IsSupportedAlgorithm(std::string_view alg) { return alg == "RS256" || alg == "PS256" || alg == "ES256"; }

Result<KeySet> ParseKeySet(const wire::Json& jwks) {
  if (!jwks.is_object() || !jwks.contains("keys") || !jwks["keys"].is_array()) return Fail(BadKeySet("no keys"));
  KeySet set;
  for (const wire::Json& jwk : jwks["keys"]) {
    const std::string kty = TextMember(jwk, "kty");
    if (kty.empty()) return Fail(BadKeySet("key without kty"));
    if (jwk.contains("use") && jwk["use"] != "sig") continue;  // encryption keys are not ours to use
    Result<std::shared_ptr<EVP_PKEY>> key = kty == "RSA" ? RsaKey(jwk)
                                            : kty == "EC" ? EcKey(jwk)
                                                          : Result<std::shared_ptr<EVP_PKEY>>(nullptr);
    if (!key) return Fail(key.error());
    if (!*key) continue;  // a type we never verify with (e.g. "oct", "OKP")
    PublicKey entry{std::move(*key), kty, TextMember(jwk, "alg")};
    if (const std::string kid = TextMember(jwk, "kid"); !kid.empty()) {
      set.by_kid[kid] = std::move(entry);
    } else {
      set.without_kid.push_back(std::move(entry));
    }
  }
  return set;
}

bool VerifySignature(const PublicKey& key, std::string_view alg, std::string_view input, std::string_view signature) {
  if (!IsSupportedAlgorithm(alg) || !key.key || (!key.alg.empty() && key.alg != alg)) return false;
  const bool ec = alg == "ES256";
  if (key.kty != (ec ? "EC" : "RSA")) return false;
  std::string der;
  if (ec) {
    auto converted = EcdsaDer(signature);
    if (!converted) return false;
    der = std::move(*converted);
    signature = der;
  }
  const DigestContext context(EVP_MD_CTX_new());
  EVP_PKEY_CTX* key_context = nullptr;
  if (!context || EVP_DigestVerifyInit(context.get(), &key_context, EVP_sha256(), nullptr, key.key.get()) != 1) return false;
  if (alg == "PS256" && (EVP_PKEY_CTX_set_rsa_padding(key_context, RSA_PKCS1_PSS_PADDING) != 1 ||
                         EVP_PKEY_CTX_set_rsa_pss_saltlen(key_context, RSA_PSS_SALTLEN_DIGEST) != 1)) {
    return false;
  }
  return EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char*>(signature.data()), signature.size(),
                          reinterpret_cast<const unsigned char*>(input.data()), input.size()) == 1;
}

}  // namespace optagelse::oidc
