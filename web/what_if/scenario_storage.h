// Keeps the what-if scenario in the browser's localStorage, so it survives a reload and works
// with the network off. Only grades and assessments are stored - no name or CPR number.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void SaveScenario(const WhatIfState& what_if);
// Restores the last scenario, if one was kept and still reads; returns whether it did.
bool LoadScenario(WhatIfState& what_if);

}  // namespace optagelse::web
