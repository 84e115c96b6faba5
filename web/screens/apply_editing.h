// What the parts of the applicant's screen share while editing: showing the core's problems under
// the field they concern, and marking the draft changed (revalidated next frame, unsaved).
#pragma once

#include <string_view>

#include "app_state.h"

namespace optagelse::web {

// Every problem whose field is `field` or inside it ("forrang[0]" shows "forrang[0].attachment").
void ProblemsFor(AppState& state, std::string_view field);

void MarkChanged(ApplyState& apply);

}  // namespace optagelse::web
