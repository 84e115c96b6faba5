// "Your place and why": the applicant's published place and, wish by wish, why it went as it did
// (the programme's cutoff next to the applicant's own rank, minutes and lottery), in words.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void FetchMyPlacement(AppState& state);
void DrawMyPlacement(AppState& state);

}  // namespace optagelse::web
