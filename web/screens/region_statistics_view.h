// The region's statistics download (issue "Who may see what", "Statistics"): the applications whose
// 1st wish is in the region, pseudonymised (no CPR numbers, names, addresses or free text; small
// groups suppressed), as CSV or JSON from the server (routes/statistics_route.cpp).
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawRegionStatistics(AppState& state);

}  // namespace optagelse::web
