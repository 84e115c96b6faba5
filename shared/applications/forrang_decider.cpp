// Who decides a forrang claim: see forrang_decider.h.
#include "applications/forrang_decider.h"

namespace optagelse::applications {

ForrangDecider DeciderOf(std::string_view ground) {
  return ground == "handicap" ? ForrangDecider::kRegion : ForrangDecider::kInstitution;
}

}  // namespace optagelse::applications
