// The school's pupil report screen (Elevdatabasen): log in as the school (screens/login_panel.h), upload the
// admin system's export, see every pupil's verdict with filters, correct a CPR number in place,
// and export the rejected and filtered rows as CSV.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawSchoolScreen(AppState& state);
// The session became a school's: fetch its pupils.
void SchoolSessionStarted(AppState& state);

}  // namespace optagelse::web
