// Why an applicant got the place they got, wish by wish: placed here; not relevant (placed at a
// higher wish); or not placed because the programme's cutoff - the last admitted key - was better
// than theirs, with both keys so the first difference can be said in words ("you ranked it 3rd;
// the last admitted had it as their 1st wish"; "... lives 31 minutes away; the last admitted 1st-wish
// applicant lives 24 minutes away").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "allocation/allocation_engine.h"
#include "core/language.h"

namespace optagelse::allocation {

enum class WishOutcome { kPlaced, kPlacedHigher, kBelowCutoff, kNoSeats };

struct WishExplanation {
  int rank = 0;
  std::uint32_t offer = 0;
  WishOutcome outcome = WishOutcome::kBelowCutoff;
  PriorityKey own;
  std::optional<PriorityKey> cutoff;
};

std::vector<WishExplanation> ExplainApplicant(const AllocationResult& result, std::size_t applicant);

// One sentence in Danish or English; lottery numbers are shown as drawn.
std::string DescribeWish(const AllocationResult& result, std::size_t applicant, const WishExplanation& wish,
                         Language language);
// The placement as a sentence: where, and how (wish, nearest seat, only provider) or why not.
std::string DescribePlacement(const AllocationResult& result, std::size_t applicant, Language language);

}  // namespace optagelse::allocation
