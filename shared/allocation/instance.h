// The allocation input turned into indices, once: offers, institutions and seat pools by number,
// each applicant's wishes as pools with their priority keys, travel minutes per institution.
// A pool is an offer's seats for one income group (law 880 distribution zones) or all its seats.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "allocation/allocation_input.h"
#include "allocation/priority_key.h"

namespace optagelse::allocation {

struct Pool {
  std::uint32_t offer = 0;
  IncomeGroup group = IncomeGroup::kUnknown;  // kUnknown: open to every applicant
  int capacity = 0;
};

struct Instance {
  const AllocationInput* input = nullptr;
  const AllocationRules* rules = nullptr;
  std::vector<Pool> pools;
  std::vector<std::vector<std::uint32_t>> offer_pools;  // per offer: 1 pool, or 3 (low, middle, high)
  std::vector<std::uint32_t> offer_institution;         // per offer: institution index
  std::vector<std::string> institutions;                // by index
  std::vector<double> lottery;                          // per applicant, the number used
  std::vector<std::uint32_t> lottery_rank;              // per applicant
  std::vector<std::uint32_t> applicant_at_rank;         // the inverse: who holds each lottery rank
  // Wishes of all applicants, flattened: applicant a's are [wish_begin[a], wish_begin[a + 1]).
  std::vector<std::uint32_t> wish_begin;
  std::vector<std::uint32_t> wish_pool;
  std::vector<std::uint64_t> wish_key;  // PriorityKey::Packed
  // Travel minutes, flattened the same way (institution index, minutes), in input order.
  std::vector<std::uint32_t> travel_begin;
  std::vector<std::pair<std::uint32_t, int>> travel;
  // Per programme ("stx"), the offer of it at each institution index, or -1.
  std::vector<std::string> programmes;
  std::vector<std::vector<std::int32_t>> offer_at_institution;
  std::vector<std::uint32_t> offer_programme;  // per offer: index into programmes

  std::size_t applicant_count() const { return wish_begin.size() - 1; }
  // Minutes from applicant to institution, or PriorityKey::kUnknownMinutes.
  int Minutes(std::size_t applicant, std::uint32_t institution) const;
  // The pool of an offer an applicant competes in.
  std::uint32_t PoolFor(std::size_t applicant, std::uint32_t offer) const;
};

// Call with a validated input (ValidateAllocationInput) and its offer index.
Instance PrepareInstance(const AllocationInput& input, const AllocationRules& rules, const OfferIndex& offers);

}  // namespace optagelse::allocation
