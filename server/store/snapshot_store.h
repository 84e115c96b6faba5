// What the allocation snapshot reads from the database, in a few passes instead of four queries per
// application: the central applications with their applicant's register data and wishes in one
// join, the granted forrang of the year in one query. (A national snapshot is 50,000 or more
// applications; per-application queries cost most of its time.)
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "store/database.h"
#include "transport/map_point.h"

namespace optagelse::store {

struct SnapshotWish {
  int rank = 0;
  std::string institution;
  std::string programme;
};

struct SnapshotApplication {
  std::int64_t id = 0;
  std::string applicant_cpr;
  bool in_register = false;  // false: the register has no such person (the snapshot refuses)
  std::string income_group;
  std::string address_id;
  std::optional<transport::MapPoint> location;
  std::vector<SnapshotWish> wishes;  // rank 1 first
};

// Submitted, not withdrawn, routed to the central allocation and completed by the deadline
// (seconds since the epoch), in application id order.
Result<std::vector<SnapshotApplication>> CentralApplicationsWithWishes(Database& db, int admission_year, std::int64_t deadline);

// The current granted forrang per application and wish rank: (application id, rank) -> ground.
Result<std::map<std::pair<std::int64_t, int>, std::string>> GrantedForrang(Database& db, int admission_year);

// Whether any journey-planner travel time has been imported at all.
Result<bool> HasImportedTravelTimes(Database& db);

}  // namespace optagelse::store
