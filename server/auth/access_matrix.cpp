// The access matrix: see access_matrix.h. Each cell is found by asking Decide with representative
// sessions and resources, never written by hand.
#include "auth/access_matrix.h"

#include <array>
#include <utility>
#include <vector>

#include "auth/access_policy.h"

namespace optagelse::auth {
namespace {

struct ActionRow {
  Action action;
  const char* data;    // the kind of personal data (or work) it touches
  const char* routes;  // where the API takes it
};

// Every action of the policy, in the enum's order. A new action without a row here fails the
// matrix test (the count is checked against kActionCount).
constexpr std::array kRows = {
    ActionRow{Action::kUploadPupilReport, "pupil data (Elevdatabasen)", "`POST /schools/{i}/pupil-reports`, `GET /schools/{i}/messages`"},
    ActionRow{Action::kReadSchoolPupils, "pupil data", "`GET /schools/{i}/pupils[.csv]`"},
    ActionRow{Action::kCorrectPupilCpr, "pupil data", "`PUT /schools/{i}/pupils/{id}/cpr`"},
    ActionRow{Action::kWriteUpv, "UPV", "`PUT /schools/{i}/pupils/{id}/upv`, `POST /schools/{i}/upv-import`"},
    ActionRow{Action::kReadSchoolUpv, "UPV", "`GET /schools/{i}/upv`, `GET /schools/{i}/pupils/{id}/upv`"},
    ActionRow{Action::kReadPersonUpv, "UPV", "`GET /me/upv`"},
    ActionRow{Action::kRunAllocation, "applications, allocation result", "`/regions/{r}/allocations...`, `/regions/{r}/allocation-snapshots`"},
    ActionRow{Action::kReadOwnPlacement, "allocation result", "`GET /me/placement`"},
    ActionRow{Action::kReadAdmitted, "allocation result", "`GET /institutions/{i}/admitted`"},
    ActionRow{Action::kWriteOwnApplication, "application, attachments", "`GET/PUT/DELETE /me/application`, `POST .../submit`, `.../withdraw`, `/me/attachments[/{sha}]`, `PUT /me/contact`"},
    ActionRow{Action::kReadChildApplication, "application", "`GET /me/children`"},
    ActionRow{Action::kSignChildApplication, "application", "`POST /applications/{id}/signature`"},
    ActionRow{Action::kReadInstitutionApplications, "application", "`GET /institutions/{i}/applications`, `.../admission-tests`"},
    ActionRow{Action::kDecideForrang, "forrang and its documentation (sensitive)", "`PUT /institutions/{i}/applications/{id}/forrang/{w}`, `GET .../attachments/{sha}`"},
    ActionRow{Action::kDecideRegionForrang, "handicap forrang and its documentation (sensitive)", "`/regions/{r}/forrang-claims`, `PUT .../forrang/{w}`, `GET .../attachments/{sha}`"},
    ActionRow{Action::kReadResidentApplications, "application (self-applied), another activity", "`GET /counsellors/{m}/applications`"},
    ActionRow{Action::kImportTravelTimes, "addresses' travel times (no persons)", "`POST /travel-times`"},
    ActionRow{Action::kReadOwnTravelTimes, "travel times from one's address", "`GET /me/travel-times`"},
    ActionRow{Action::kReadOwnAuditTrail, "the audit trail about oneself", "`GET /me/audit`"},
    ActionRow{Action::kExportOwnData, "everything held about oneself (insight)", "`GET /me/export`, `GET /me/export.html`, `GET /me/attachments/{sha}`"},
    ActionRow{Action::kExportStatistics, "pseudonymised statistics (no CPR, names, addresses; small groups suppressed)", "`GET /regions/{r}/statistics`"},
    ActionRow{Action::kReadOwnMessages, "messages sent (receipts, requests to sign)", "`GET /me/messages`"},
};
static_assert(kRows.size() == kActionCount, "every action of the access policy needs a row in the access matrix");

constexpr std::array kRoles = {Role::kSchool, Role::kInstitution, Role::kCounsellor, Role::kRegion, Role::kCitizen};

bool Allows(Role role, Action action, const std::string& organisation, const Resource& resource) {
  return Decide(Session{role, organisation, "", ""}, action, resource) == Decision::kAllow;
}

// Under which relations `role` may take `action`, in words.
std::string Cell(Role role, Action action) {
  if (Allows(role, action, "111", Resource{"222", 333, Relation::kNone})) return "any";
  std::vector<std::string> when;
  if (Allows(role, action, "111", Resource{"111", 0, Relation::kNone})) when.push_back("own organisation");
  if (Allows(role, action, "333", Resource{"", 333, Relation::kNone})) when.push_back("own municipality");
  if (Allows(role, action, "0101091234", Resource{"", 0, Relation::kSelf})) when.push_back("oneself");
  if (Allows(role, action, "0101801234", Resource{"", 0, Relation::kCustodyOfMinor})) when.push_back("child under 18 in custody");
  if (when.empty()) return "-";
  std::string text;
  for (const std::string& part : when) text += (text.empty() ? "" : ", ") + part;
  return text;
}

}  // namespace

std::string AccessMatrixMarkdown() {
  std::string out =
      "# Access matrix\n\n"
      "Generated from `server/auth/access_policy.cpp` by `optagelse access-matrix` (a test fails when\n"
      "this file and the policy differ). Each cell: under which relation the role may take the action -\n"
      "\"own organisation\" (the school, institution or region in the path is the session's own), \"own\n"
      "municipality\" (a counsellor's: the pupil's school or the applicant's home is in it), \"oneself\",\n"
      "\"child under 18 in custody\" (from the CPR register), \"any\", or \"-\" (never). Every allowed\n"
      "read or write of personal data is also written to the audit trail (`GET /api/v1/me/audit`).\n"
      "Paths are under `/api/v1`.\n\n"
      "| action | data | routes |";
  for (const Role role : kRoles) out += " " + std::string(RoleName(role)) + " |";
  out += "\n|---|---|---|";
  for (std::size_t i = 0; i < kRoles.size(); ++i) out += "---|";
  out += "\n";
  for (const ActionRow& row : kRows) {
    out += "| " + std::string(ActionName(row.action)) + " | " + row.data + " | " + row.routes + " |";
    for (const Role role : kRoles) out += " " + Cell(role, row.action) + " |";
    out += "\n";
  }
  return out;
}

}  // namespace optagelse::auth
