// Who decides a forrang claim (docs/domain.md "The application", forrang grounds): the institution the
// wish is at, except handicap, which the region decides (the region of that institution). Whoever
// decides is the only one who reads the claim's documentation.
#pragma once

#include <string_view>

namespace optagelse::applications {

enum class ForrangDecider { kInstitution, kRegion };

ForrangDecider DeciderOf(std::string_view ground);

}  // namespace optagelse::applications
