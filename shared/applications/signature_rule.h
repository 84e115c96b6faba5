// The guardian's signature (docs/domain.md "The application"): an applicant under 18 on the
// deadline day needs one guardian with custody to sign. The signature covers the exact content - the wishes in
// order, the forrang claims with their documents, another activity - as a canonical text whose
// SHA-256 the server stores with the signature; any change to that content voids it. Contact data
// is the applicant's own and not part of what a guardian signs.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "applications/application.h"
#include "applications/application_rules.h"
#include "calendar/date.h"

namespace optagelse::applications {

bool NeedsGuardianSignature(const Date& birth_date, const ApplicationRules& rules);

// A guardian's decision on one version of the content (its SHA-256), as recorded.
struct SignatureDecision {
  std::string guardian_cpr;
  std::string content_sha256;
  std::string decision;  // "signed" or "declined"
};

// Whether the content is signed: some guardian's latest decision on exactly this content is
// "signed" (a guardian may decline and sign later, or the other way round; another guardian's
// decline does not undo a signature). Decisions are given oldest first.
bool SignedByAGuardian(const std::vector<SignatureDecision>& decisions, std::string_view content_sha256);

// One line per item, fields separated by a unit separator, so no two different contents give the
// same text. The server hashes it (SHA-256); the core has no cryptography.
std::string SignedContent(const Application& application);

}  // namespace optagelse::applications
