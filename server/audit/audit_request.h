// Auditing one request (issue "Who may see what"): the route names whose personal data it is about
// to send or has just written, and this records one audit row per person, with the session as the
// actor and the client's address as the source. A read is recorded before the data leaves: if the
// record cannot be written, the data is not sent (503).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <httplib.h>

#include "auth/session.h"
#include "service_context.h"
#include "wire/json.h"
#include "wire/staff_answers.h"

namespace optagelse::audit {

// Call with the database lock held; inside a write's transaction the rows commit with it. Returns
// false after writing the 503.
bool Record(ServiceContext& context, const auth::Session& session, const httplib::Request& request, httplib::Response& response,
            std::string_view action, const std::vector<std::string>& subjects, std::string_view detail = {});

// The CPR numbers of the applicants in a staff list (who was shown).
std::vector<std::string> ApplicantsIn(const std::vector<wire::StaffApplication>& entries);
std::vector<std::string> ApplicantsIn(const std::vector<wire::AdmissionTestEntry>& entries);

}  // namespace optagelse::audit
