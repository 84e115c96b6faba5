// The start page for people: what the service is for, and the three ways in - apply (young
// people), sign as a parent, log in as staff - with what happens when.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawHomeScreen(AppState& state);

}  // namespace optagelse::web
