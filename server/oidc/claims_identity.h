// Who a verified ID token says logged in: for a citizen, the CPR number in the claim the settings
// name (--oidc-cpr-claim), which must be in the CPR register; for staff, the role and organisation
// claims, which must name a staff role and an organisation that exists (auth/identity_check.h).
// Call inside a database turn.
#pragma once

#include "auth/identity_provider.h"
#include "oidc/oidc_settings.h"
#include "oidc/pending_logins.h"
#include "store/database.h"
#include "wire/json.h"

namespace optagelse::oidc {

Result<auth::VerifiedIdentity> IdentityFromClaims(store::Database& db, const OidcSettings& settings, LoginAudience audience,
                                                  const wire::Json& claims);

}  // namespace optagelse::oidc
