// The access policy: see access_policy.h. Pupil data: only the school's own staff (DOMAIN.md
// "Elevdatabasen"; issue 3: "Only a school's own staff can upload or see its pupils").
#include "auth/access_policy.h"

namespace optagelse::auth {

Decision Decide(const Session& session, Action action, std::string_view organisation) {
  switch (action) {
    case Action::kUploadPupilReport:
    case Action::kReadSchoolPupils:
    case Action::kCorrectPupilCpr:
      return session.role == Role::kSchool && session.organisation == organisation ? Decision::kAllow : Decision::kDeny;
  }
  return Decision::kDeny;
}

}  // namespace optagelse::auth
