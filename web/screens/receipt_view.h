// What a young person sees once the application is sent: the receipt (its number, when it was
// sent, the wishes), what happens next, and the two deliberate ways on - "Ret ansøgning" opens the
// form again, "Træk tilbage" asks first.
#pragma once

#include "app_state.h"

namespace optagelse::web {

// True when the application is sent and the form is not open again: the receipt is drawn instead.
bool ShowsReceipt(const ApplyState& apply);
void DrawReceipt(AppState& state);

}  // namespace optagelse::web
