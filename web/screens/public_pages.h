// The pages every Danish public service publishes, reached from the footer of every screen: the
// privacy notice (how personal data is used, in plain Danish), the accessibility statement, and
// help and contact. Who runs the service comes from the server (GET /api/v1/service).
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawPrivacyScreen(AppState& state);
void DrawAccessibilityScreen(AppState& state);
void DrawHelpScreen(AppState& state);

}  // namespace optagelse::web
