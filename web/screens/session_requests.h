// One login for the whole app: at start the app asks the server how people log in here (its
// OpenID provider, the demo's simulator or both) and who is logged in already (a reload, or the
// return from the provider); every screen then shows what that one session may do. Logging in
// again replaces the session everywhere; logging out clears every screen (and ends the provider's
// session too, where it offers that).
#pragma once

#include <string>

#include "app_state.h"

namespace optagelse::web {

// Once, at start: methods, the current session, and the screen the sign-in returned to.
void SessionStart(AppState& state);
// Sends the page to the OpenID provider (MitID for citizens, the staff login otherwise); the
// provider returns the person to the screen they are on.
void SessionLogInWithProvider(AppState& state, bool staff);
// The demo's simulator: who one is, named by CPR number or organisation.
void SessionLogInWithSimulator(AppState& state, LoginKind kind, const std::string& id);
void SessionLogOut(AppState& state);
void SessionFetchDemoPeople(AppState& state);

bool LoggedIn(const AppState& state);

}  // namespace optagelse::web
