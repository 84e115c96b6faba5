// The access policy: see access_policy.h. Pupil data and UPV entry: only the school's own staff
// (docs/domain.md "Elevdatabasen", "UPV"); UPV is also seen by the counsellors (KUI) of the school's
// municipality, by the pupil, and by guardians with custody of a pupil under 18 ("Who uses it").
// Allocations: the region's own staff; an applicant sees their own place; an institution its admitted.
// Applications ("Who uses it"): the applicant; guardians with custody of an applicant under 18; the
// institutions applied to (forrang documentation only to the institution deciding it); the
// counsellors (KUI) of the applicant's home municipality. Travel times: a person their own; region
// staff import tables (a table names addresses, never who lives there). The audit trail about a
// person: that person.
#include "auth/access_policy.h"

namespace optagelse::auth {
namespace {

bool OwnSchool(const Session& session, const Resource& resource) {
  return session.role == Role::kSchool && session.organisation == resource.organisation;
}

bool LinkedCounsellor(const Session& session, const Resource& resource) {
  return session.role == Role::kCounsellor && resource.municipality_code != 0 &&
         session.organisation == std::to_string(resource.municipality_code);
}

}  // namespace

std::string_view ActionName(Action action) {
  switch (action) {
    case Action::kUploadPupilReport: return "upload_pupil_report";
    case Action::kReadSchoolPupils: return "read_school_pupils";
    case Action::kCorrectPupilCpr: return "correct_pupil_cpr";
    case Action::kWriteUpv: return "write_upv";
    case Action::kReadSchoolUpv: return "read_school_upv";
    case Action::kReadPersonUpv: return "read_person_upv";
    case Action::kRunAllocation: return "run_allocation";
    case Action::kReadOwnPlacement: return "read_own_placement";
    case Action::kReadAdmitted: return "read_admitted";
    case Action::kWriteOwnApplication: return "write_own_application";
    case Action::kReadChildApplication: return "read_child_application";
    case Action::kSignChildApplication: return "sign_child_application";
    case Action::kReadInstitutionApplications: return "read_institution_applications";
    case Action::kDecideForrang: return "decide_forrang";
    case Action::kDecideRegionForrang: return "decide_region_forrang";
    case Action::kReadResidentApplications: return "read_resident_applications";
    case Action::kImportTravelTimes: return "import_travel_times";
    case Action::kReadOwnTravelTimes: return "read_own_travel_times";
    case Action::kReadOwnAuditTrail: return "read_own_audit_trail";
    case Action::kReadOwnMessages: return "read_own_messages";
    case Action::kExportOwnData: return "export_own_data";
    case Action::kExportStatistics: return "export_statistics";
  }
  return "unknown";
}

Decision Decide(const Session& session, Action action, const Resource& resource) {
  bool allowed = false;
  switch (action) {
    case Action::kUploadPupilReport:
    case Action::kReadSchoolPupils:
    case Action::kCorrectPupilCpr:
    case Action::kWriteUpv:
      allowed = OwnSchool(session, resource);
      break;
    case Action::kReadSchoolUpv:
      allowed = OwnSchool(session, resource) || LinkedCounsellor(session, resource);
      break;
    case Action::kRunAllocation:
    case Action::kDecideRegionForrang:
    case Action::kExportStatistics:
      allowed = session.role == Role::kRegion && session.organisation == resource.organisation;
      break;
    case Action::kReadOwnPlacement:
      allowed = session.role == Role::kCitizen && resource.relation == Relation::kSelf;
      break;
    case Action::kReadAdmitted:
      allowed = session.role == Role::kInstitution && session.organisation == resource.organisation;
      break;
    case Action::kWriteOwnApplication:
      allowed = session.role == Role::kCitizen && resource.relation == Relation::kSelf;
      break;
    case Action::kReadChildApplication:
    case Action::kSignChildApplication:
      allowed = session.role == Role::kCitizen && resource.relation == Relation::kCustodyOfMinor;
      break;
    case Action::kReadInstitutionApplications:
    case Action::kDecideForrang:
      allowed = session.role == Role::kInstitution && session.organisation == resource.organisation;
      break;
    case Action::kReadResidentApplications:
      allowed = LinkedCounsellor(session, resource);
      break;
    case Action::kImportTravelTimes:
      allowed = session.role == Role::kRegion;
      break;
    case Action::kReadOwnTravelTimes:
    case Action::kReadOwnAuditTrail:
    case Action::kExportOwnData:
      allowed = session.role == Role::kCitizen && resource.relation == Relation::kSelf;
      break;
    case Action::kReadPersonUpv:
    case Action::kReadOwnMessages:
      allowed = session.role == Role::kCitizen &&
                (resource.relation == Relation::kSelf || resource.relation == Relation::kCustodyOfMinor);
      break;
  }
  return allowed ? Decision::kAllow : Decision::kDeny;
}

}  // namespace optagelse::auth
