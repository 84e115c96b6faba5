// The CPR register and institution catalogue as stored in SQLite: loading a dataset (all or
// nothing, in one transaction) and counting what is there.
#pragma once

#include <cstdint>

#include "registry/registry_types.h"
#include "store/database.h"

namespace optagelse::store {

// Inserts every person, guardianship and institution of the dataset, or nothing at all. Persons and
// institutions already stored are updated (a register update: moves, new protection); guardianships
// and programmes are added, never removed here.
Result<void> LoadDataset(Database& db, const registry::Dataset& dataset);

Result<std::int64_t> CountPersons(Database& db);
Result<std::int64_t> CountInstitutions(Database& db);

}  // namespace optagelse::store
