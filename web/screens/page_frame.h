// What every screen has around it: under the title, who runs the service (and that a demo is a
// demo); at the bottom, the footer with the privacy notice, the accessibility statement, help and
// contact, and "Om tjenesten". The service's details are asked from the server once.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void FetchServiceInfo(AppState& state);
void DrawServiceLine(AppState& state);
void DrawFooter(AppState& state);

}  // namespace optagelse::web
