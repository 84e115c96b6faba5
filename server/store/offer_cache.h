// The offer catalogue kept in memory between requests. Every draft save, submission and view
// validates wishes against it, so reading and sorting the whole table each time cost a fifth of the
// server's time under load. The catalogue is read again only when its change stamp (migration 9,
// moved by triggers on institutions and institution_programmes, whoever writes them) differs from
// the one it was read under. Not thread-safe: the owner guards it with the connection's mutex.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>

#include "applications/offer_catalog.h"
#include "store/database.h"

namespace optagelse::store {

class OfferCache {
 public:
  // The catalogue as the database holds it now (inside the caller's transaction, if any).
  Result<std::shared_ptr<const applications::OfferCatalog>> Current(Database& db);

  int reloads() const { return reloads_; }

 private:
  std::optional<std::int64_t> stamp_;
  std::shared_ptr<const applications::OfferCatalog> catalog_;
  int reloads_ = 0;
};

}  // namespace optagelse::store
