// "Indbakke": the staff screen of a receiving institution (the applications made to it, forrang
// claims to decide with their documentation, who must take the admission test) and of a
// counsellor, KUI (applications and "another activity" reports of the municipality's residents).
// docs/domain.md "Who uses it". Names under protection are never shown; the CPR number identifies.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawInboxScreen(AppState& state);

}  // namespace optagelse::web
