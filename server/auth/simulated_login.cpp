// The login simulator: see simulated_login.h.
#include "auth/simulated_login.h"

#include "cpr/cpr_number.h"
#include "store/register_lookup.h"

namespace optagelse::auth {

Result<VerifiedIdentity> SimulatedLogin::Verify(const wire::Json& evidence) {
  auto role_name = wire::RequiredString(evidence, "role");
  if (!role_name) return Fail(role_name.error());
  const auto role = RoleFromName(*role_name);
  if (!role) return Fail(MakeError(ErrorCode::kWrongFieldType, "role", "school|counsellor|institution|region|citizen"));
  auto organisation = OrganisationFor(*role, evidence);
  if (!organisation) return Fail(organisation.error());
  return VerifiedIdentity{*role, std::move(*organisation)};
}

Result<std::string> SimulatedLogin::OrganisationFor(Role role, const wire::Json& evidence) {
  if (role == Role::kCitizen) {
    auto cpr = wire::RequiredString(evidence, "cpr");
    if (!cpr) return Fail(cpr.error());
    const cpr::CprCheck check = cpr::CheckCpr(*cpr);
    if (check.normalized.empty() || !store::SqliteCprRegister(db_).Lookup(check.normalized)) {
      return Fail(MakeError(ErrorCode::kCprNotInRegister, "cpr"));
    }
    return check.normalized;
  }
  auto organisation = wire::RequiredString(evidence, "organisation");
  if (!organisation) return Fail(organisation.error());
  if (role == Role::kRegion) {
    // The five regions' codes (Nordjylland 1081, Midtjylland 1082, Syddanmark 1083, Hovedstaden 1084, Sjælland 1085).
    for (const char* code : {"1081", "1082", "1083", "1084", "1085"}) {
      if (*organisation == code) return *organisation;
    }
    return Fail(MakeError(ErrorCode::kUnknownReference, "organisation", *organisation));
  }
  if (role == Role::kCounsellor) {
    auto statement = db_.Prepare("SELECT count(*) FROM institutions WHERE CAST(municipality_code AS TEXT) = ?");
    if (!statement) return Fail(statement.error());
    statement->Bind(1, *organisation);
    auto row = statement->Step();
    if (!row || !*row || statement->ColumnInt(0) == 0) {
      return Fail(MakeError(ErrorCode::kUnknownReference, "organisation", *organisation));
    }
    return *organisation;
  }
  const store::SqliteInstitutionCatalog catalog(db_);
  if (!catalog.FindInstitution(*organisation)) {
    return Fail(MakeError(ErrorCode::kUnknownInstitution, "organisation", *organisation));
  }
  return *organisation;
}

}  // namespace optagelse::auth
