// The guardian's part of the application screen: my children under 18, their wishes and status,
// and signing or declining - the signature covers exactly the content shown.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawGuardianView(AppState& state);

}  // namespace optagelse::web
