// "Who has looked at my data" (privacy notice: insight): on request, the person's audit trail from
// the server - when, who (a school by name, a guardian by name, a municipality or region by number)
// and what, newest first, in words.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawMyAudit(AppState& state);

}  // namespace optagelse::web
