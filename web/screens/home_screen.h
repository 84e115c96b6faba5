// The first screen: language choice, the server connection check, a CPR check that runs the core
// in the browser, and a scratch pad for text, copy and paste.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawHomeScreen(AppState& state);

}  // namespace optagelse::web
