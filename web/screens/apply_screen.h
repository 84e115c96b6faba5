// "Ansøgning": a young person logs in, sees their data, makes a ranked list of wishes (or reports
// another activity), gives contact data, and submits; a guardian signs their child's application
// on the same screen. Validation runs in the browser with the core the server uses.
#pragma once

#include <string_view>

#include "app_state.h"

namespace optagelse::web {

void DrawApplyScreen(AppState& state);

// An application's status ("awaiting_signature") as its readers say it.
std::string_view ApplicationStatusText(std::string_view status, Language lang);

}  // namespace optagelse::web
