// Where a submitted application goes (docs/domain.md "The application", routing): a gymnasial 1st wish
// (stx, hhx, htx, hf, pre-IB) enters the region's central allocation; an EUD or 10th-grade 1st wish
// goes straight to that school; "another activity" notifies the counsellor (KUI) of the applicant's
// home municipality.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "applications/application.h"

namespace optagelse::applications {

enum class Destination { kCentralAllocation, kInstitution, kCounsellor };
std::string_view DestinationName(Destination destination);  // "central_allocation", "institution", "counsellor"

struct Routing {
  Destination destination = Destination::kCentralAllocation;
  std::string institution;    // the 1st wish's institution (central allocation and direct)
  int municipality_code = 0;  // the counsellor's municipality (another activity)
  friend bool operator==(const Routing&, const Routing&) = default;
};

// nullopt for an application with nothing to route (no wishes, no activity).
std::optional<Routing> Route(const Application& application, int home_municipality_code);

}  // namespace optagelse::applications
