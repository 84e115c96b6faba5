// Applications and offers on the wire (docs/applications.md), shared by the server and the browser:
// {"admission_year": 2027, "wishes": [{"institution": "101001", "programme": "stx"}],
//  "forrang": [{"wish": 1, "ground": "elite", "attachment": "<sha256>"}],
//  "another_activity": {"type": "work", "description": "..."} or null,
//  "contact": {"email": "...", "phone": "..."}}
// Unknown members are refused, so a misspelt field is an error, not silently ignored.
#pragma once

#include "applications/application.h"
#include "applications/offer_catalog.h"
#include "wire/json.h"

namespace optagelse::wire {

Result<applications::Application> ApplicationFromJson(const Json& value);
Json ApplicationToJson(const applications::Application& application);
// {"email": "...", "phone": "..."}: the contact part alone (the applicant's correction of it).
Result<applications::Contact> ContactFromJson(const Json& value);

// [{"institution", "institution_name", "programme", "kind", "municipality_code", "open"}]
Json OffersToJson(const std::vector<applications::Offer>& offers);
Result<std::vector<applications::Offer>> OffersFromJson(const Json& value);

std::string_view ProgrammeKindName(applications::ProgrammeKind kind);  // "gymnasial", "eud", "tenth_grade"

}  // namespace optagelse::wire
