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

std::vector<std::string> ApplicantsIn(const std::vector<wire::StaffApplication>& entries) {
  std::vector<std::string> cprs;
  cprs.reserve(entries.size());
  for (const wire::StaffApplication& entry : entries) cprs.push_back(entry.applicant.cpr);
  return cprs;
}

std::vector<std::string> ApplicantsIn(const std::vector<wire::AdmissionTestEntry>& entries) {
  std::vector<std::string> cprs;
  cprs.reserve(entries.size());
  for (const wire::AdmissionTestEntry& entry : entries) cprs.push_back(entry.applicant.cpr);
  return cprs;
}

}  // namespace optagelse::audit
