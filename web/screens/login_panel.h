// The one "Log ind" of the app, drawn by every screen that needs a login: MitID for young people
// and parents, the staff login for schools, institutions, regions and counsellors (UU/KUI) - both
// through the server's OpenID provider - and, only on a demo server, the login simulator's form
// and its people to pick. `suggested` is who is most likely logging in on this screen.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawLoginPanel(AppState& state, LoginKind suggested);
// "Logget ind som ..." and "Log ud" (or "Log ind" on a screen without its own panel), in the header.
void DrawSessionBar(AppState& state);

}  // namespace optagelse::web
