// "Beskeder" (docs/notifications.md "In the app"): what the service has told me, and the guardians
// about my children, and when - the receipts, the requests to sign, the answers - with whether each
// e-mail arrived. Loaded on request, newest first, in the words it was sent in.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawMyMessages(AppState& state);
// One list of messages (newest first): when and what, then what became of it.
void DrawMessageList(AppState& state, const std::string& id, const std::vector<notifications::MessageRecord>& messages);

}  // namespace optagelse::web
