// Auditing one request: see audit_request.h.
#include "audit/audit_request.h"

#include "audit/audit_log.h"
#include "clock.h"
#include "http/client_address.h"
#include "http/json_response.h"

namespace optagelse::audit {

bool Record(ServiceContext& context, const auth::Session& session, const httplib::Request& request, httplib::Response& response,
            std::string_view action, const std::vector<std::string>& subjects, std::string_view detail) {
  std::vector<AuditEntry> entries;
  entries.reserve(subjects.size());
  const std::string at = clock::NowIso();
  for (const std::string& subject : subjects) {
    entries.push_back(AuditEntry{0, at, std::string(auth::RoleName(session.role)), session.organisation, subject,
                                 std::string(action), std::string(detail), http::ClientAddress(request, context.trusted_proxy)});
  }
  if (auto done = Append(context.db, std::move(entries)); !done) {
    http::WriteProblem(response, 503, done.error());
    return false;
  }
  return true;
}

std::vector<std::string> ApplicantsIn(const wire::Json& entries) {
  std::vector<std::string> cprs;
  for (const wire::Json& entry : entries) {
    const wire::Json& cpr = entry["applicant"]["cpr"];
    if (cpr.is_string()) cprs.push_back(cpr.get<std::string>());
  }
  return cprs;
}

}  // namespace optagelse::audit
