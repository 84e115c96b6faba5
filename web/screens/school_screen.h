// The school's pupil report screen (Elevdatabasen): log in as the school (simulated), upload the
// admin system's export, see every pupil's verdict with filters, correct a CPR number in place,
// and export the rejected and filtered rows as CSV.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawSchoolScreen(AppState& state);

}  // namespace optagelse::web
