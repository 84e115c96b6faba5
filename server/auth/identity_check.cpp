// Existence checks for a login's person or organisation: see identity_check.h.
#include "auth/identity_check.h"

#include "cpr/cpr_number.h"
#include "store/register_lookup.h"

namespace optagelse::auth {

Result<std::string> RegisteredCitizen(store::Database& db, std::string_view cpr, const std::string& field) {
  const cpr::CprCheck check = cpr::CheckCpr(cpr);
  if (check.normalized.empty() || !store::SqliteCprRegister(db).Lookup(check.normalized)) {
    return Fail(MakeError(ErrorCode::kLoginPersonUnknown, field));  // the pupil-report text would speak of schools
  }
  return check.normalized;
}

Result<std::string> ExistingOrganisation(store::Database& db, Role role, const std::string& organisation,
                                         const std::string& field) {
  if (role == Role::kRegion) {
    // The five regions' codes (Nordjylland 1081, Midtjylland 1082, Syddanmark 1083, Hovedstaden 1084, Sjælland 1085).
    for (const char* code : {"1081", "1082", "1083", "1084", "1085"}) {
      if (organisation == code) return organisation;
    }
    return Fail(MakeError(ErrorCode::kUnknownReference, field, organisation));
  }
  if (role == Role::kCounsellor) {
    auto statement = db.Prepare("SELECT count(*) FROM institutions WHERE CAST(municipality_code AS TEXT) = ?");
    if (!statement) return Fail(statement.error());
    statement->Bind(1, organisation);
    auto row = statement->Step();
    if (!row || !*row || statement->ColumnInt(0) == 0) return Fail(MakeError(ErrorCode::kUnknownReference, field, organisation));
    return organisation;
  }
  if (role == Role::kCitizen) return RegisteredCitizen(db, organisation, field);
  const store::SqliteInstitutionCatalog catalog(db);
  if (!catalog.FindInstitution(organisation)) return Fail(MakeError(ErrorCode::kUnknownInstitution, field, organisation));
  return organisation;
}

}  // namespace optagelse::auth
