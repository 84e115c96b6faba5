// The offers, sorted once so a look-up is a binary search.
#include "applications/offer_catalog.h"

#include "applications/application.h"

#include <algorithm>
#include <tuple>

namespace optagelse::applications {
namespace {

bool Before(const Offer& offer, std::string_view institution, std::string_view programme) {
  const std::string_view offer_institution = offer.institution;
  const std::string_view offer_programme = offer.programme;
  return std::tie(offer_institution, offer_programme) < std::tie(institution, programme);
}

}  // namespace

bool InCentralAllocation(const Offer& offer) { return CentrallyAllocatedProgramme(offer.programme) && !offer.private_gymnasium; }

OfferCatalog::OfferCatalog(std::vector<Offer> offers) : offers_(std::move(offers)) {
  std::sort(offers_.begin(), offers_.end(), [](const Offer& a, const Offer& b) {
    return std::tie(a.institution, a.programme) < std::tie(b.institution, b.programme);
  });
}

const Offer* OfferCatalog::Find(std::string_view institution, std::string_view programme) const& {
  const auto found = std::lower_bound(offers_.begin(), offers_.end(), 0, [&](const Offer& offer, int) {
    return Before(offer, institution, programme);
  });
  if (found == offers_.end() || found->institution != institution || found->programme != programme) return nullptr;
  return &*found;
}

bool OfferCatalog::HasInstitution(std::string_view institution) const {
  const auto found = std::lower_bound(offers_.begin(), offers_.end(), 0, [&](const Offer& offer, int) {
    return offer.institution < institution;
  });
  return found != offers_.end() && found->institution == institution;
}

}  // namespace optagelse::applications
