// Where a submitted application goes (docs/domain.md "The application", routing): a 1st wish the
// central allocation covers (3-year stx, hhx, htx, 2-year hf, pre-IB, not at a private gymnasium)
// enters the region's allocation; any other 1st wish - EUD, 10th grade, 2-year stx, hf single
// subjects, the international programmes, a private gymnasium - goes straight to that school;
// "another activity" notifies the counsellor (KUI) of the applicant's home municipality.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "applications/application.h"
#include "applications/offer_catalog.h"

namespace optagelse::applications {

enum class Destination { kCentralAllocation, kInstitution, kCounsellor };
std::string_view DestinationName(Destination destination);  // "central_allocation", "institution", "counsellor"

struct Routing {
  Destination destination = Destination::kCentralAllocation;
  std::string institution;    // the 1st wish's institution (central allocation and direct)
  int municipality_code = 0;  // the counsellor's municipality (another activity)
  friend bool operator==(const Routing&, const Routing&) = default;
};

// nullopt for an application with nothing to route (no wishes, no activity). `offers` says whether
// the 1st wish's institution is a private gymnasium (an unknown offer goes to the institution).
std::optional<Routing> Route(const Application& application, const OfferCatalog& offers, int home_municipality_code);

}  // namespace optagelse::applications
