// Versioned schema migrations: each has a number and SQL, applied in order, each in its own
// transaction, recorded in schema_migrations. Running them again applies only what is new.
#pragma once

#include "store/database.h"

namespace optagelse::store {

// Brings the database to the newest schema; returns the schema version it ends at.
Result<int> Migrate(Database& db);

// The newest schema version this build knows.
int LatestSchemaVersion();

}  // namespace optagelse::store
