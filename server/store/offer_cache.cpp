// The offer catalogue kept in memory, read again when its change stamp moves (see offer_cache.h).
#include "store/offer_cache.h"

#include <utility>

#include "store/application_store.h"

namespace optagelse::store {

Result<std::shared_ptr<const applications::OfferCatalog>> OfferCache::Current(Database& db) {
  auto stamp = db.QueryInt("SELECT stamp FROM change_stamps WHERE name = 'offers'");
  if (!stamp) return Fail(stamp.error());
  if (catalog_ && stamp_ == *stamp) return catalog_;
  auto offers = LoadOffers(db);
  if (!offers) return Fail(offers.error());
  catalog_ = std::make_shared<const applications::OfferCatalog>(std::move(*offers));
  stamp_ = *stamp;
  ++reloads_;
  return catalog_;
}

}  // namespace optagelse::store
