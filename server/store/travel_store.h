// Journey-planner travel times in the database, keyed by address id (so a person who moves leaves
// the old address's times behind), and the institution catalogue's places on the map. Imports are
// recorded (who, when, the file's SHA-256). The caller holds the database lock.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "registry/registry_types.h"
#include "store/database.h"
#include "transport/travel_table_reader.h"

namespace optagelse::store {

struct TravelImport {
  std::string sha256;
  std::string imported_by;
  std::string at;
};

// Rows whose key is already an address id (CPR keys resolved by the caller). One transaction:
// every row or none. A row for an address and institution already there replaces it.
Result<std::int64_t> StoreTravelTimes(Database& db, const TravelImport& import, const std::vector<transport::ImportedTravelTime>& rows);

struct StoredTravelTime {
  std::optional<int> public_minutes;
  std::optional<int> bicycle_minutes;
  int minutes = 0;
  std::string reference_date;
};
// The imported times from one address, by institution number.
Result<std::map<std::string, StoredTravelTime>> TravelTimesFromAddress(Database& db, std::string_view address_id);

// Every institution with its programmes (open or not) and location, in number order.
Result<std::vector<registry::Institution>> AllInstitutions(Database& db);

// The address ids of these CPR numbers ("" for one without); absent: not in the register.
Result<std::map<std::string, std::string>> AddressIdsOf(Database& db, const std::vector<std::string>& cprs);

// Who lives at each address (CPR numbers), and the region each lives in - the region of their
// municipality's institutions (0 when the register knows none there).
struct Resident {
  std::string cpr;
  int region_code = 0;
};
Result<std::map<std::string, std::vector<Resident>>> ResidentsOf(Database& db, const std::vector<std::string>& address_ids);

}  // namespace optagelse::store
