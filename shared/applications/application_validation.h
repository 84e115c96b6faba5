// Every problem with an application at once, each with its field ("wishes[2].programme"), code and
// severity, so the browser can show them next to the fields as the applicant types and the server
// can refuse exactly the same things. docs/domain.md "The application".
#pragma once

#include <vector>

#include "applications/application.h"
#include "applications/offer_catalog.h"
#include "core/problem.h"
#include "upv/rule_set.h"

namespace optagelse::applications {

// A draft may be incomplete (no wishes yet, no contact data, forrang documentation still to come):
// those problems are warnings then, and errors when the application is submitted.
enum class Stage { kDraft, kSubmit };

std::vector<Problem> ValidateApplication(const Application& application, const OfferCatalog& offers,
                                         const upv::RuleSet& rules, Stage stage);

// The contact data alone: a well-formed email and phone number, and at least one of them (an
// error when submitting or correcting a submitted application, a warning in a draft).
std::vector<Problem> ValidateContact(const Contact& contact, Stage stage);

bool HasErrors(const std::vector<Problem>& problems);

}  // namespace optagelse::applications
