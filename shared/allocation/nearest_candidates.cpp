// Nearest-seat candidates: see nearest_candidates.h.
#include "allocation/nearest_candidates.h"

#include <algorithm>

namespace optagelse::allocation {

std::vector<Candidate> NearestCandidates(const Instance& instance, std::size_t applicant) {
  std::vector<Candidate> candidates;
  if (instance.wish_begin[applicant] == instance.wish_begin[applicant + 1]) return candidates;
  const std::uint32_t first_offer = instance.pools[instance.wish_pool[instance.wish_begin[applicant]]].offer;
  const std::vector<std::int32_t>& offer_at = instance.offer_at_institution[instance.offer_programme[first_offer]];
  // The applicant's travel list names the institutions within reach: keep those offering the programme.
  int nearest = PriorityKey::kUnknownMinutes;
  for (std::uint32_t t = instance.travel_begin[applicant]; t < instance.travel_begin[applicant + 1]; ++t) {
    const auto [institution, minutes] = instance.travel[t];
    if (offer_at[institution] < 0 || minutes >= PriorityKey::kUnknownMinutes) continue;
    nearest = std::min(nearest, minutes);
    candidates.push_back({minutes, institution, static_cast<std::uint32_t>(offer_at[institution]), false});
  }
  const int limit = instance.rules->nearest_seat_minutes;
  const bool none_within = nearest > limit;
  std::erase_if(candidates, [&](const Candidate& c) { return none_within ? c.minutes != nearest : c.minutes > limit; });
  for (Candidate& c : candidates) c.beyond_limit = none_within;
  std::sort(candidates.begin(), candidates.end(), [&](const Candidate& a, const Candidate& b) {
    if (a.minutes != b.minutes) return a.minutes < b.minutes;
    const std::string& ia = instance.institutions[a.institution];
    const std::string& ib = instance.institutions[b.institution];
    if (ia != ib) return ia < ib;
    return a.offer < b.offer;
  });
  return candidates;
}

}  // namespace optagelse::allocation
