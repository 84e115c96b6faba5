// The one access policy: every route asks it before it reads or writes data, and none decides on
// its own. It grows with each kind of data (issue "Who may see what" owns the full matrix).
#pragma once

#include <string_view>

#include "auth/session.h"

namespace optagelse::auth {

enum class Action {
  kUploadPupilReport,  // a school's own staff report its pupils (Elevdatabasen)
  kReadSchoolPupils,   // ... and see them, with the filtered and rejected rows
  kCorrectPupilCpr,    // ... and correct a CPR number in place
};

enum class Decision { kAllow, kDeny };

// May this session do this action on data belonging to the organisation (e.g. a school's INSTNR)?
Decision Decide(const Session& session, Action action, std::string_view organisation);

}  // namespace optagelse::auth
