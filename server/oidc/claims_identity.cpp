// Claims to identity: see claims_identity.h.
#include "oidc/claims_identity.h"

#include "auth/identity_check.h"

namespace optagelse::oidc {
namespace {

Result<std::string> StringClaim(const wire::Json& claims, const std::string& name) {
  const auto it = claims.find(name);
  if (it == claims.end() || !it->is_string() || it->get<std::string>().empty()) {
    return Fail(MakeError(ErrorCode::kLoginClaimMissing, name, name));
  }
  return it->get<std::string>();
}

}  // namespace

Result<auth::VerifiedIdentity> IdentityFromClaims(store::Database& db, const OidcSettings& settings, LoginAudience audience,
                                                  const wire::Json& claims) {
  if (audience == LoginAudience::kCitizen) {
    auto cpr = StringClaim(claims, settings.cpr_claim);
    if (!cpr) return Fail(cpr.error());
    auto person = auth::RegisteredCitizen(db, *cpr, settings.cpr_claim);
    if (!person) return Fail(person.error());
    return auth::VerifiedIdentity{auth::Role::kCitizen, std::move(*person)};
  }
  auto role_name = StringClaim(claims, settings.role_claim);
  if (!role_name) return Fail(role_name.error());
  const auto role = auth::RoleFromName(*role_name);
  if (!role || *role == auth::Role::kCitizen) {
    return Fail(MakeError(ErrorCode::kWrongFieldType, settings.role_claim, "school|counsellor|institution|region"));
  }
  auto organisation_name = StringClaim(claims, settings.organisation_claim);
  if (!organisation_name) return Fail(organisation_name.error());
  auto organisation = auth::ExistingOrganisation(db, *role, *organisation_name, settings.organisation_claim);
  if (!organisation) return Fail(organisation.error());
  return auth::VerifiedIdentity{*role, std::move(*organisation)};
}

}  // namespace optagelse::oidc
