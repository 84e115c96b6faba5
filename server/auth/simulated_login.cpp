// The login simulator: see simulated_login.h.
#include "auth/simulated_login.h"

#include "auth/identity_check.h"

namespace optagelse::auth {

Result<VerifiedIdentity> SimulatedLogin::Verify(const wire::Json& evidence) {
  auto role_name = wire::RequiredString(evidence, "role");
  if (!role_name) return Fail(role_name.error());
  const auto role = RoleFromName(*role_name);
  if (!role) return Fail(MakeError(ErrorCode::kWrongFieldType, "role", "school|counsellor|institution|region|citizen"));
  auto named = wire::RequiredString(evidence, *role == Role::kCitizen ? "cpr" : "organisation");
  if (!named) return Fail(named.error());
  auto organisation = *role == Role::kCitizen ? RegisteredCitizen(db_, *named, "cpr")
                                              : ExistingOrganisation(db_, *role, *named, "organisation");
  if (!organisation) return Fail(organisation.error());
  return VerifiedIdentity{*role, std::move(*organisation)};
}

}  // namespace optagelse::auth
