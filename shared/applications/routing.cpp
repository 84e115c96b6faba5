// Routing of a submitted application: see routing.h.
#include "applications/routing.h"

namespace optagelse::applications {

std::string_view DestinationName(Destination destination) {
  switch (destination) {
    case Destination::kCentralAllocation:
      return "central_allocation";
    case Destination::kInstitution:
      return "institution";
    case Destination::kCounsellor:
      return "counsellor";
  }
  return "counsellor";
}

std::optional<Routing> Route(const Application& application, const OfferCatalog& offers, int home_municipality_code) {
  if (application.wishes.empty()) {
    if (!application.another_activity) return std::nullopt;
    return Routing{Destination::kCounsellor, "", home_municipality_code};
  }
  const Wish& first = application.wishes.front();
  const Offer* offer = offers.Find(first.institution, first.programme);
  const bool central = offer != nullptr && InCentralAllocation(*offer);
  return Routing{central ? Destination::kCentralAllocation : Destination::kInstitution, first.institution, 0};
}

}  // namespace optagelse::applications
