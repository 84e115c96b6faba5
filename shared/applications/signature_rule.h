// The guardian's signature (docs/domain.md "The application"): an applicant under 18 on the
// deadline day needs one guardian with custody to sign. The signature covers the exact content - the wishes in
// order, the forrang claims with their documents, another activity - as a canonical text whose
// SHA-256 the server stores with the signature; any change to that content voids it. Contact data
// is the applicant's own and not part of what a guardian signs.
#pragma once

#include <string>

#include "applications/application.h"
#include "applications/application_rules.h"
#include "calendar/date.h"

namespace optagelse::applications {

bool NeedsGuardianSignature(const Date& birth_date, const ApplicationRules& rules);

// One line per item, fields separated by a unit separator, so no two different contents give the
// same text. The server hashes it (SHA-256); the core has no cryptography.
std::string SignedContent(const Application& application);

}  // namespace optagelse::applications
