// A pupil's or guardian's view of readiness results: log in with a CPR number (simulated MitID),
// then each person - oneself, and children under 18 in one's custody - with the result per track
// and its reasons, in the user's language. Names under name protection are not shown.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawMyUpvView(AppState& state);

}  // namespace optagelse::web
