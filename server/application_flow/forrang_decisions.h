// Deciding a forrang claim and reading its documentation, for whoever decides it: the institution
// the wish is at, or for handicap that institution's region (applications/forrang_decider.h). The
// institution inbox and the region's forrang routes both use these.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include <httplib.h>

#include "auth/session.h"
#include "service_context.h"
#include "store/application_store.h"

namespace optagelse::applications_service {

// The submitted, not withdrawn application named by the path (matches[2]) with a claim on wish
// `rank` whose institution `may_decide` accepts (given the claim and the wish's institution);
// otherwise a 404 is written. A claim the region decides, asked of the institution, is a 403.
using ClaimFilter = std::function<bool(const applications::ForrangClaim& claim, const std::string& institution)>;
std::optional<store::StoredApplication> ClaimedApplication(ServiceContext& context, const httplib::Request& request,
                                                           httplib::Response& response, int rank, const ClaimFilter& may_decide);

// Records {"decision": "granted"|"refused", "reason"} on the claim on wish `rank`, with an event
// and an audit row naming the session's role and organisation, all or nothing; a refusal needs a
// reason. Writes the answer.
void WriteForrangDecision(ServiceContext& context, const auth::Session& session, const httplib::Request& request,
                          httplib::Response& response, const store::StoredApplication& application, int rank);

// Serves the attachment `sha256` if it documents a claim `may_decide` accepts (audited: forrang
// documentation is sensitive); otherwise 404.
void WriteClaimDocument(ServiceContext& context, const auth::Session& session, const httplib::Request& request,
                        httplib::Response& response, std::int64_t application_id, const std::string& sha256,
                        const ClaimFilter& may_decide);

}  // namespace optagelse::applications_service
