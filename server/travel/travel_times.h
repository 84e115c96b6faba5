// Travel time from a person's registered address to institutions (docs/domain.md "Transport time"): the
// imported journey-planner time for the address where there is one (it always wins), otherwise the
// core's estimate from the two locations. Computed when asked, never stored, so a register update
// that moves a person changes every answer at once; an allocation run keeps its own copy.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "registry/registry_types.h"
#include "store/database.h"
#include "store/travel_store.h"
#include "transport/transport_rules.h"
#include "wire/json.h"

namespace optagelse::transport_times {

enum class Source { kJourneyPlanner, kEstimate };

struct TravelTime {
  std::string institution;
  int minutes = 0;
  Source source = Source::kEstimate;
  std::string reference_date;  // the journey planner's date; empty for an estimate
  std::optional<int> public_minutes;
  std::optional<int> bicycle_minutes;
};

// One entry per institution that has a time (none when neither an import nor both locations exist),
// in the order of `institutions`.
Result<std::vector<TravelTime>> TravelTimesFor(store::Database& db, const transport::TransportRules& rules,
                                               const registry::Person& person, const std::vector<registry::Institution>& institutions);

// The allocation's view of the same rule, for many people at once: minutes only, per institution
// (nullopt where there is no time). `imported` is the address's imported times (empty when none was
// imported anywhere: the snapshot then asks no query per person).
std::vector<std::optional<int>> MinutesFor(const transport::TransportRules& rules, const std::optional<transport::MapPoint>& from,
                                           const std::map<std::string, store::StoredTravelTime>& imported,
                                           const std::vector<registry::Institution>& institutions);

// {"institution", "minutes", "source": "journey_planner"|"estimate", "reference_date", "public_minutes", "bicycle_minutes"}
wire::Json TravelTimeJson(const TravelTime& time);

}  // namespace optagelse::transport_times
