// Who must take the admission test (optagelsesprøve) at their 1st-priority gymnasial school
// (docs/domain.md "UPV", right to a place): late applicants always; others when their latest UPV gives
// "admission test and talk" or no right to a place for the programme's track, or - under rule sets
// without that table - when they are not ready for it. An applicant with no assessment on record
// is listed too, so the school can find out rather than miss them.
#pragma once

#include <optional>
#include <string>

#include "applications/application_status.h"
#include "store/application_store.h"

namespace optagelse::applications_service {

// nullopt: no test needed. Otherwise why: "late", "admission_test_and_talk", "no_right_to_place",
// "not_ready", "no_assessment".
Result<std::optional<std::string>> AdmissionTestReason(store::Database& db, const store::StoredApplication& application,
                                                       applications::Status status);

}  // namespace optagelse::applications_service
