// A pupil's or guardian's view of readiness results: log in (screens/login_panel.h),
// then each person - oneself, and children under 18 in one's custody - with the result per track
// and its reasons, in the user's language. Names under name protection are not shown.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawMyUpvView(AppState& state);
// The session became a citizen's: fetch their (and their children's) results and placement.
void MyUpvFetch(AppState& state);

}  // namespace optagelse::web
