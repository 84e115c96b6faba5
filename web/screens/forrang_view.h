// The applicant's forrang claims (docs/domain.md "The application"): a ground for the 1st wish (the 2nd
// too where the year's rule set allows) when it is a gymnasial programme, and the file documenting
// it, uploaded at once (the server checks the content: PDF, PNG or JPEG, at most 5 MB). The claim
// is part of the application the guardian signs; the institution (for handicap the region) decides.
#pragma once

#include <string>
#include <string_view>

#include "app_state.h"

namespace optagelse::web {

void DrawForrang(AppState& state);

// A ground's name by its rule-set code ("elite"), as a 15-year-old reads it; unknown codes as given.
std::string ForrangGroundName(std::string_view code, Language lang);

}  // namespace optagelse::web
