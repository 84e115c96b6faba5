// The table of API routes: see api_routes.h. Keep it in the order of server/main.cpp's registrations.
#include "routes/api_routes.h"

#include <string>

namespace optagelse::routes {
namespace {

using auth::Action;
using G = GuardedBy;

const std::vector<ApiRoute> kRoutes = {
    {"GET", "/api/v1/health", G::kPublic, std::nullopt, "/api/v1/health"},
    {"GET", "/api/v1/service", G::kPublic, std::nullopt, "/api/v1/service"},
    {"POST", "/api/v1/cpr/check", G::kPublic, std::nullopt, "/api/v1/cpr/check"},
    {"POST", "/api/v1/session", G::kPublic, std::nullopt, "/api/v1/session"},
    {"GET", "/api/v1/session", G::kSession, std::nullopt, "/api/v1/session"},
    {"DELETE", "/api/v1/session", G::kSession, std::nullopt, "/api/v1/session"},
    {"GET", "/api/v1/session/methods", G::kPublic, std::nullopt, "/api/v1/session/methods"},
    {"GET", "/api/v1/session/oidc", G::kPublic, std::nullopt, "/api/v1/session/oidc"},
    {"GET", "/api/v1/session/oidc/callback", G::kPublic, std::nullopt, "/api/v1/session/oidc/callback"},
    {"GET", "/api/v1/demo/people", G::kPublic, std::nullopt, "/api/v1/demo/people"},
    {"POST", R"(/api/v1/schools/(\d{6})/pupil-reports)", G::kOrganisation, Action::kUploadPupilReport, "/api/v1/schools/{school}/pupil-reports"},
    {"GET", R"(/api/v1/schools/(\d{6})/pupils)", G::kOrganisation, Action::kReadSchoolPupils, "/api/v1/schools/{school}/pupils"},
    {"GET", R"(/api/v1/schools/(\d{6})/pupils\.csv)", G::kOrganisation, Action::kReadSchoolPupils, "/api/v1/schools/{school}/pupils.csv"},
    {"PUT", R"(/api/v1/schools/(\d{6})/pupils/(\d{1,15})/cpr)", G::kOrganisation, Action::kCorrectPupilCpr, "/api/v1/schools/{school}/pupils/1/cpr"},
    {"GET", R"(/api/v1/schools/(\d{6})/upv)", G::kSchoolAndMunicipality, Action::kReadSchoolUpv, "/api/v1/schools/{school}/upv"},
    {"GET", R"(/api/v1/schools/(\d{6})/pupils/(\d{1,15})/upv)", G::kSchoolAndMunicipality, Action::kReadSchoolUpv,
     "/api/v1/schools/{school}/pupils/1/upv"},
    {"PUT", R"(/api/v1/schools/(\d{6})/pupils/(\d{1,15})/upv)", G::kSchoolAndMunicipality, Action::kWriteUpv, "/api/v1/schools/{school}/pupils/1/upv"},
    {"GET", "/api/v1/me/upv", G::kSelf, Action::kReadPersonUpv, "/api/v1/me/upv"},
    {"POST", R"(/api/v1/schools/(\d{6})/upv-import)", G::kSchoolAndMunicipality, Action::kWriteUpv, "/api/v1/schools/{school}/upv-import"},
    {"POST", R"(/api/v1/regions/(108[1-5])/allocations)", G::kOrganisation, Action::kRunAllocation, "/api/v1/regions/{region}/allocations"},
    {"GET", R"(/api/v1/regions/(108[1-5])/allocations)", G::kOrganisation, Action::kRunAllocation, "/api/v1/regions/{region}/allocations"},
    {"GET", R"(/api/v1/regions/(108[1-5])/allocations/(\d{1,15}))", G::kOrganisation, Action::kRunAllocation, "/api/v1/regions/{region}/allocations/1"},
    {"POST", R"(/api/v1/regions/(108[1-5])/allocations/(\d{1,15})/rerun)", G::kOrganisation, Action::kRunAllocation,
     "/api/v1/regions/{region}/allocations/1/rerun"},
    {"POST", R"(/api/v1/regions/(108[1-5])/allocations/(\d{1,15})/placements)", G::kOrganisation, Action::kRunAllocation,
     "/api/v1/regions/{region}/allocations/1/placements"},
    {"POST", R"(/api/v1/regions/(108[1-5])/allocations/(\d{1,15})/publish)", G::kOrganisation, Action::kRunAllocation,
     "/api/v1/regions/{region}/allocations/1/publish"},
    {"GET", "/api/v1/me/placement", G::kSelf, Action::kReadOwnPlacement, "/api/v1/me/placement"},
    {"GET", R"(/api/v1/institutions/(\d{6})/admitted)", G::kOrganisation, Action::kReadAdmitted, "/api/v1/institutions/{institution}/admitted"},
    {"GET", "/api/v1/offers", G::kPublic, std::nullopt, "/api/v1/offers"},
    {"GET", "/api/v1/me/application", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/application"},
    {"PUT", "/api/v1/me/application", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/application"},
    {"POST", "/api/v1/me/application/submit", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/application/submit"},
    {"POST", "/api/v1/me/application/withdraw", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/application/withdraw"},
    {"POST", "/api/v1/me/attachments", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/attachments"},
    {"GET", "/api/v1/me/attachments", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/attachments"},
    {"PUT", "/api/v1/me/contact", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/contact"},
    {"DELETE", "/api/v1/me/application", G::kSelf, Action::kWriteOwnApplication, "/api/v1/me/application"},
    {"DELETE", R"(/api/v1/me/attachments/([0-9a-f]{64}))", G::kSelf, Action::kWriteOwnApplication,
     "/api/v1/me/attachments/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"GET", "/api/v1/me/children", G::kSession, std::nullopt, "/api/v1/me/children"},  // each child asks kReadChildApplication
    {"POST", R"(/api/v1/applications/(\d{1,15})/signature)", G::kChild, Action::kSignChildApplication, "/api/v1/applications/1/signature"},
    {"GET", R"(/api/v1/institutions/(\d{6})/applications)", G::kOrganisation, Action::kReadInstitutionApplications,
     "/api/v1/institutions/{institution}/applications"},
    {"PUT", R"(/api/v1/institutions/(\d{6})/applications/(\d{1,15})/forrang/(\d{1,3}))", G::kOrganisation, Action::kDecideForrang,
     "/api/v1/institutions/{institution}/applications/1/forrang/1"},
    {"GET", R"(/api/v1/institutions/(\d{6})/applications/(\d{1,15})/attachments/([0-9a-f]{64}))", G::kOrganisation, Action::kDecideForrang,
     "/api/v1/institutions/{institution}/applications/1/attachments/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"GET", R"(/api/v1/institutions/(\d{6})/admission-tests)", G::kOrganisation, Action::kReadInstitutionApplications,
     "/api/v1/institutions/{institution}/admission-tests"},
    {"GET", R"(/api/v1/regions/(108[1-5])/forrang-claims)", G::kOrganisation, Action::kDecideRegionForrang, "/api/v1/regions/{region}/forrang-claims"},
    {"PUT", R"(/api/v1/regions/(108[1-5])/applications/(\d{1,15})/forrang/(\d{1,3}))", G::kOrganisation, Action::kDecideRegionForrang,
     "/api/v1/regions/{region}/applications/1/forrang/1"},
    {"GET", R"(/api/v1/regions/(108[1-5])/applications/(\d{1,15})/attachments/([0-9a-f]{64}))", G::kOrganisation,
     Action::kDecideRegionForrang,
     "/api/v1/regions/{region}/applications/1/attachments/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"GET", R"(/api/v1/counsellors/(\d{3,4})/applications)", G::kMunicipality, Action::kReadResidentApplications,
     "/api/v1/counsellors/{municipality}/applications"},
    {"POST", "/api/v1/travel-times", G::kOrganisation, Action::kImportTravelTimes, "/api/v1/travel-times"},
    {"GET", "/api/v1/me/travel-times", G::kSelf, Action::kReadOwnTravelTimes, "/api/v1/me/travel-times"},
    {"GET", "/api/v1/me/audit", G::kSelf, Action::kReadOwnAuditTrail, "/api/v1/me/audit"},
    {"GET", R"(/api/v1/regions/(108[1-5])/statistics)", G::kOrganisation, Action::kExportStatistics, "/api/v1/regions/{region}/statistics"},
    {"GET", "/api/v1/me/export", G::kSelf, Action::kExportOwnData, "/api/v1/me/export"},
    {"GET", "/api/v1/me/export.html", G::kSelf, Action::kExportOwnData, "/api/v1/me/export.html"},
    {"GET", R"(/api/v1/me/attachments/([0-9a-f]{64}))", G::kSelf, Action::kExportOwnData,
     "/api/v1/me/attachments/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"},
    {"POST", R"(/api/v1/regions/(\d{4})/allocation-snapshots)", G::kOrganisation, Action::kRunAllocation,
     "/api/v1/regions/{region}/allocation-snapshots"},
    {"GET", "/api/v1/me/messages", G::kSelf, Action::kReadOwnMessages, "/api/v1/me/messages"},
    {"GET", R"(/api/v1/schools/(\d{6})/messages)", G::kOrganisation, Action::kUploadPupilReport, "/api/v1/schools/{school}/messages"},
};

// The patterns compiled once, in the table's order.
const std::vector<std::regex>& Compiled() {
  static const std::vector<std::regex> compiled = [] {
    std::vector<std::regex> out;
    out.reserve(kRoutes.size());
    for (const ApiRoute& route : kRoutes) out.emplace_back(std::string(route.pattern), std::regex::ECMAScript | std::regex::optimize);
    return out;
  }();
  return compiled;
}

}  // namespace

const std::vector<ApiRoute>& ApiRoutes() { return kRoutes; }

const ApiRoute* FindApiRoute(std::string_view method, const std::string& path) {
  const auto& compiled = Compiled();
  for (std::size_t i = 0; i < kRoutes.size(); ++i) {
    const bool same_method = kRoutes[i].method == method || (method == "HEAD" && kRoutes[i].method == "GET");
    if (same_method && std::regex_match(path, compiled[i])) return &kRoutes[i];
  }
  return nullptr;
}

}  // namespace optagelse::routes
