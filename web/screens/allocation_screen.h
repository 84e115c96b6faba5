// The allocation preview for regions and institutions: load a data set, change capacities, the
// rule year or the income model, run the allocation in the page (the same WebAssembly engine the
// server's authoritative run uses), and compare run A with run B side by side - who moved, fill and
// cutoffs per offer, and a chart of the cutoffs.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawAllocationScreen(AppState& state);

}  // namespace optagelse::web
