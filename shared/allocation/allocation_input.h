// What the central allocation runs on (the same shape as the JSON file format, docs/allocation.md):
// programme offers with capacity and zone, zones, and applicants with ranked wishes, granted forrang,
// travel minutes per institution, income group (law 880 model only) and an optional lottery number.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "allocation/allocation_rules.h"
#include "allocation/institution_index.h"
#include "core/problem.h"

namespace optagelse::allocation {

enum class ZoneKind { kDistance, kDistribution };
enum class IncomeGroup { kUnknown, kLow, kMiddle, kHigh };

struct Zone {
  std::string id;
  ZoneKind kind = ZoneKind::kDistance;
};

// One programme at one institution ("101234-stx"), with its seats.
struct Offer {
  std::string id;
  std::string institution;
  std::string programme;  // "stx", "hhx", "htx", "hf", ...
  int capacity = 0;
  std::string zone;  // empty: a distance zone
};

struct Wish {
  std::string offer;
  std::string forrang;  // the granted forrang code on this wish, empty if none
};

// Minutes to one institution: `institution` indexes AllocationInput::institutions (a national input
// holds tens of millions of these; eight bytes each, not a string each).
struct TravelTime {
  std::uint32_t institution = 0;
  int minutes = 0;
  friend bool operator==(const TravelTime&, const TravelTime&) = default;
};

struct Applicant {
  std::string id;
  std::optional<double> lottery;  // in [0, 1); drawn from the seed when absent
  IncomeGroup income = IncomeGroup::kUnknown;
  std::vector<Wish> wishes;  // rank 1 first
  std::vector<TravelTime> travel;
};

struct AllocationInput {
  int rule_year = 0;
  std::uint64_t seed = 0;
  std::vector<Zone> zones;
  std::vector<Offer> offers;
  std::vector<Applicant> applicants;
  std::vector<std::string> institutions;  // the institution numbers travel times name, each once
};

// Builds AllocationInput::institutions while applicants are read: each number gets one index.
class InstitutionTable {
 public:
  explicit InstitutionTable(AllocationInput& input);
  std::uint32_t Intern(std::string_view number);

 private:
  std::vector<std::string>& names_;
  InstitutionIndex index_;
};

// Adds minutes to an institution by number, for small hand-built inputs (a linear search; readers of
// large inputs use an InstitutionTable).
void AddTravel(AllocationInput& input, Applicant& applicant, std::string_view institution, int minutes);

// Offer ids to their position in input.offers (views into the input: keep it alive and unchanged).
using OfferIndex = std::unordered_map<std::string_view, std::uint32_t>;
OfferIndex IndexOffers(const AllocationInput& input);

// Every problem, each naming its path ("applicants[3].wishes[1].offer").
std::vector<Problem> ValidateAllocationInput(const AllocationInput& input, const AllocationRules& rules);
std::vector<Problem> ValidateAllocationInput(const AllocationInput& input, const AllocationRules& rules, const OfferIndex& offers);

}  // namespace optagelse::allocation
