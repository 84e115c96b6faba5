// Whether this app still speaks the server's API: at start the app asks /api/v1/health for the
// server's protocol version (wire/health_wire.h); when the server is newer, every screen says so at
// the top and asks the user to reload the page (their work in the server is kept; an old app could
// otherwise send what the server no longer reads).
#pragma once

#include "app_state.h"

namespace optagelse::web {

void CheckServerProtocol(AppState& state);
void DrawReloadNotice(AppState& state);

}  // namespace optagelse::web
