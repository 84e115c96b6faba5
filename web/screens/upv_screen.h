// The readiness (UPV) screen: for a logged-in school the class list with each pupil's result per
// track (colour, symbol and text), pupils that cannot be assessed shown as blocked with the reason;
// opening a pupil starts the what-if panel on the saved grades, where the school also enters and
// saves the assessment. Without login or network the what-if panel still works.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawUpvScreen(AppState& state);

}  // namespace optagelse::web
