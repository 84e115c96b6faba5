// The one access policy: every route asks it before it reads or writes data, and none decides on
// its own. It grows with each kind of data (issue "Who may see what" owns the full matrix).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "auth/session.h"

namespace optagelse::auth {

enum class Action {
  kUploadPupilReport,  // a school's own staff report its pupils (Elevdatabasen)
  kReadSchoolPupils,   // ... and see them, with the filtered and rejected rows
  kCorrectPupilCpr,    // ... and correct a CPR number in place
  kWriteUpv,           // a school's own staff enter its pupils' readiness assessments
  kReadSchoolUpv,      // ... and see them; counsellors (KUI) see those of their linked schools
  kReadPersonUpv,      // a person sees their own UPV, a guardian with custody that of a child under 18
  kRunAllocation,      // a region's staff run, read, place by hand and publish its allocations
  kReadOwnPlacement,   // a person sees their own place and why
  kReadAdmitted,       // an institution's staff see who was admitted to it (published runs)
  kWriteOwnApplication,          // a person drafts, submits and withdraws their own application, uploads attachments
  kReadChildApplication,         // a guardian with custody of an applicant under 18 sees the application ...
  kSignChildApplication,         // ... and signs or declines it
  kReadInstitutionApplications,  // an institution's staff see the applications made to it
  kDecideForrang,                // ... decide the forrang claims on wishes at it, and read their documentation
  kDecideRegionForrang,          // a region's staff decide the claims the region decides (handicap), with their documentation
  kReadResidentApplications,     // a counsellor (KUI) sees applications and activities of its municipality's residents
  kImportTravelTimes,            // a region's staff import journey-planner travel times (for any address: trips cross regions)
  kReadOwnTravelTimes,           // a person sees the travel times from their own address
  kReadOwnAuditTrail,            // a person sees who has read or changed their data (privacy notice: insight)
  kExportOwnData,                // a person downloads everything held about them, attachments too (insight)
  kExportStatistics,             // a region's staff export pseudonymised statistics of the applications to it
  kReadOwnMessages,              // a person sees the messages sent to them, and to the guardians about a child under 18 in custody
};

// The number of actions: the last one above plus one (tests/server/access_matrix_test.cpp checks it).
inline constexpr std::size_t kActionCount = static_cast<std::size_t>(Action::kReadOwnMessages) + 1;
// A stable name for documents and the audit trail ("read_school_pupils").
std::string_view ActionName(Action action);

enum class Decision { kAllow, kDeny };

// How the session's person relates to the person whose data it is (for citizens' routes; the
// route establishes it from the register, the policy decides what it permits).
enum class Relation { kNone, kSelf, kCustodyOfMinor };

// What a request touches: the organisation owning the data (a school's INSTNR), that school's
// municipality (a counsellor's link: KUI serves the schools of its municipality; for applications, the
// applicant's home municipality), and the relation.
struct Resource {
  std::string organisation;
  int municipality_code = 0;
  Relation relation = Relation::kNone;
};

Decision Decide(const Session& session, Action action, const Resource& resource);
inline Decision Decide(const Session& session, Action action, std::string_view organisation) {
  return Decide(session, action, Resource{std::string(organisation)});
}

}  // namespace optagelse::auth
