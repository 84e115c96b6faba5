// Whether the person or organisation a login names exists here, whoever vouched for the login (the
// simulator or an OpenID provider): a citizen's CPR number must be in the CPR register; staff act
// for an institution (school, institution staff), one of the five regions (region staff) or a
// municipality with institutions (counsellors, KUI).
#pragma once

#include <string>
#include <string_view>

#include "auth/session.h"
#include "core/problem.h"
#include "store/database.h"

namespace optagelse::auth {

// The normalised CPR number, or kCprNotInRegister naming `field`.
Result<std::string> RegisteredCitizen(store::Database& db, std::string_view cpr, const std::string& field);
// The organisation as given, or kUnknownReference / kUnknownInstitution naming `field`.
Result<std::string> ExistingOrganisation(store::Database& db, Role role, const std::string& organisation,
                                         const std::string& field);

}  // namespace optagelse::auth
