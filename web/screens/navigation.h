// The top of every screen: the app's name, the screens to choose between, and the language switch.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawNavigation(AppState& state);

}  // namespace optagelse::web
