// "Om tjenesten": who runs the service, and the operators' checks - the server connection, a CPR
// check that runs the core in the browser, and a scratch pad for text, copy and paste.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawAboutScreen(AppState& state);

}  // namespace optagelse::web
