// Nearest-seat candidates: see nearest_candidates.h.
#include "allocation/nearest_candidates.h"

#include <algorithm>

namespace optagelse::allocation {

Providers ProvidersByProgramme(const Instance& instance) {
  Providers providers;
  for (std::uint32_t o = 0; o < instance.input->offers.size(); ++o) providers[instance.input->offers[o].programme].push_back(o);
  return providers;
}

std::vector<Candidate> NearestCandidates(const Instance& instance, std::size_t applicant, const Providers& providers) {
  std::vector<Candidate> candidates;
  if (instance.wish_begin[applicant] == instance.wish_begin[applicant + 1]) return candidates;
  const std::uint32_t first_pool = instance.wish_pool[instance.wish_begin[applicant]];
  const std::string& programme = instance.input->offers[instance.pools[first_pool].offer].programme;
  const auto it = providers.find(programme);
  if (it == providers.end()) return candidates;
  int nearest = PriorityKey::kUnknownMinutes;
  for (const std::uint32_t offer : it->second) {
    const int minutes = instance.Minutes(applicant, instance.offer_institution[offer]);
    if (minutes >= PriorityKey::kUnknownMinutes) continue;
    nearest = std::min(nearest, minutes);
    candidates.push_back({minutes, instance.offer_institution[offer], offer, false});
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
