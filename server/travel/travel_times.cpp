// Imported-over-estimated travel times: see travel_times.h.
#include "travel/travel_times.h"

#include "store/travel_store.h"
#include "transport/travel_estimate.h"

namespace optagelse::transport_times {

Result<std::vector<TravelTime>> TravelTimesFor(store::Database& db, const transport::TransportRules& rules,
                                               const registry::Person& person, const std::vector<registry::Institution>& institutions) {
  auto imported = store::TravelTimesFromAddress(db, person.address_id);
  if (!imported) return Fail(imported.error());
  std::vector<TravelTime> out;
  for (const registry::Institution& institution : institutions) {
    TravelTime time;
    time.institution = institution.number;
    if (const auto found = imported->find(institution.number); found != imported->end()) {
      time.source = Source::kJourneyPlanner;
      time.minutes = found->second.minutes;
      time.reference_date = found->second.reference_date;
      time.public_minutes = found->second.public_minutes;
      time.bicycle_minutes = found->second.bicycle_minutes;
    } else if (person.location && institution.location) {
      const transport::TravelEstimate estimate = transport::EstimateTravel(rules, *person.location, *institution.location);
      time.minutes = estimate.minutes;
      time.public_minutes = estimate.public_minutes;
      time.bicycle_minutes = estimate.bicycle_minutes;
    } else {
      continue;
    }
    out.push_back(std::move(time));
  }
  return out;
}

std::vector<std::optional<int>> MinutesFor(const transport::TransportRules& rules, const std::optional<transport::MapPoint>& from,
                                           const std::map<std::string, store::StoredTravelTime>& imported,
                                           const std::vector<registry::Institution>& institutions) {
  std::vector<std::optional<int>> minutes(institutions.size());
  for (std::size_t i = 0; i < institutions.size(); ++i) {
    const registry::Institution& institution = institutions[i];
    if (!imported.empty()) {
      if (const auto found = imported.find(institution.number); found != imported.end()) {
        minutes[i] = found->second.minutes;  // the journey planner wins
        continue;
      }
    }
    if (from && institution.location) minutes[i] = transport::EstimateTravel(rules, *from, *institution.location).minutes;
  }
  return minutes;
}

wire::Json TravelTimeJson(const TravelTime& time) {
  auto optional = [](const std::optional<int>& value) { return value ? wire::Json(*value) : wire::Json(nullptr); };
  return wire::Json{{"institution", time.institution},
                    {"minutes", time.minutes},
                    {"source", time.source == Source::kJourneyPlanner ? "journey_planner" : "estimate"},
                    {"reference_date", time.reference_date},
                    {"public_minutes", optional(time.public_minutes)},
                    {"bicycle_minutes", optional(time.bicycle_minutes)}};
}

}  // namespace optagelse::transport_times
