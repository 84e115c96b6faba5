// Explanations of an allocation: see explanation.h.
#include "allocation/explanation.h"

#include <cstdio>

namespace optagelse::allocation {
namespace {

bool Danish(Language language) { return language == Language::kDanish; }

// "3. prioritet" / "3rd wish"; from equal_from on "4. eller senere prioritet" / "4th or later wish".
std::string RankText(int bucket, int equal_from, Language language) {
  std::string n = std::to_string(bucket);
  if (Danish(language)) {
    n += ".";
  } else {
    const int last = bucket % 10;
    const bool teen = bucket % 100 >= 11 && bucket % 100 <= 13;
    n += teen ? "th" : last == 1 ? "st" : last == 2 ? "nd" : last == 3 ? "rd" : "th";
  }
  if (bucket >= equal_from) return Danish(language) ? n + " eller senere prioritet" : n + " or later wish";
  return Danish(language) ? n + " prioritet" : n + " wish";
}

std::string Lottery(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", value);
  return text;
}

// The lottery number of whoever holds this lottery rank.
double NumberAtRank(const Instance& instance, std::uint32_t rank) {
  return rank < instance.applicant_at_rank.size() ? instance.lottery[instance.applicant_at_rank[rank]] : 0;
}

std::string BelowCutoff(const AllocationResult& result, std::size_t applicant, const WishExplanation& wish, Language lang) {
  const AllocationRules& rules = *result.instance.rules;
  const PriorityKey& own = wish.own;
  const PriorityKey& cut = *wish.cutoff;
  if (own.tier != cut.tier) {
    const std::string theirs = ForrangTierName(rules, cut.tier);
    if (own.tier == PriorityKey::kNoForrang) {
      return Danish(lang) ? "Alle pladser gik til ansøgere med forrang (" + theirs + ")."
                          : "Every seat went to applicants with priority rights (" + theirs + ").";
    }
    return Danish(lang) ? "De optagne havde en forrang (" + theirs + "), der går før din (" + ForrangTierName(rules, own.tier) + ")."
                        : "Those admitted had a priority right (" + theirs + ") that comes before yours (" +
                              ForrangTierName(rules, own.tier) + ").";
  }
  if (own.rank_bucket != cut.rank_bucket) {
    return Danish(lang) ? "Du satte den som " + RankText(own.rank_bucket, rules.equal_from_rank, lang) +
                              "; den sidst optagne havde den som " + RankText(cut.rank_bucket, rules.equal_from_rank, lang) + "."
                        : "You ranked it as your " + RankText(own.rank_bucket, rules.equal_from_rank, lang) +
                              "; the last admitted had it as their " + RankText(cut.rank_bucket, rules.equal_from_rank, lang) + ".";
  }
  const std::string rank = RankText(own.rank_bucket, rules.equal_from_rank, lang);
  if (own.minutes != cut.minutes) {
    const std::string mine = own.minutes >= PriorityKey::kUnknownMinutes ? "?" : std::to_string(own.minutes);
    return Danish(lang) ? "Du satte den som " + rank + " og bor " + mine + " minutter væk; den sidst optagne med samme prioritet bor " +
                              std::to_string(cut.minutes) + " minutter væk."
                        : "You ranked it as your " + rank + " and live " + mine + " minutes away; the last admitted with the same rank lives " +
                              std::to_string(cut.minutes) + " minutes away.";
  }
  const std::string mine = Lottery(result.instance.lottery[applicant]);
  const std::string theirs = Lottery(NumberAtRank(result.instance, cut.lottery_rank));
  return Danish(lang) ? "Samme prioritet og transporttid (" + std::to_string(own.minutes) + " min.); lodtrækningen afgjorde det: dit nummer " +
                            mine + ", den sidst optagnes " + theirs + "."
                      : "Same rank and travel time (" + std::to_string(own.minutes) + " min); the lottery decided: your number " + mine +
                            ", the last admitted's " + theirs + ".";
}

}  // namespace

std::vector<WishExplanation> ExplainApplicant(const AllocationResult& result, std::size_t applicant) {
  const Instance& instance = result.instance;
  const Placement& placement = result.placements[applicant];
  std::vector<WishExplanation> wishes;
  for (std::uint32_t w = instance.wish_begin[applicant]; w < instance.wish_begin[applicant + 1]; ++w) {
    WishExplanation wish;
    wish.rank = static_cast<int>(w - instance.wish_begin[applicant]) + 1;
    const std::uint32_t pool = instance.wish_pool[w];
    wish.offer = instance.pools[pool].offer;
    wish.own = PriorityKey::Unpack(instance.wish_key[w]);
    if (placement.via == Via::kWish && placement.offer && wish.rank == placement.wish_rank) {
      wish.outcome = WishOutcome::kPlaced;
    } else if (placement.via == Via::kWish && placement.offer && wish.rank > placement.wish_rank) {
      wish.outcome = WishOutcome::kPlacedHigher;
    } else if (instance.pools[pool].capacity == 0) {
      wish.outcome = WishOutcome::kNoSeats;
    } else {
      wish.outcome = WishOutcome::kBelowCutoff;
      if (result.pools[pool].last_admitted_main) wish.cutoff = PriorityKey::Unpack(*result.pools[pool].last_admitted_main);
    }
    wishes.push_back(wish);
  }
  return wishes;
}

std::string DescribeWish(const AllocationResult& result, std::size_t applicant, const WishExplanation& wish, Language lang) {
  switch (wish.outcome) {
    case WishOutcome::kPlaced:
      return Danish(lang) ? "Du fik plads her (din " + std::to_string(wish.rank) + ". prioritet)."
                          : "You got a place here (your wish no. " + std::to_string(wish.rank) + ").";
    case WishOutcome::kPlacedHigher:
      return Danish(lang) ? "Ikke brugt: du fik plads på en højere prioritet." : "Not used: you got a place at a higher wish.";
    case WishOutcome::kNoSeats:
      return Danish(lang) ? "Uddannelsen havde ingen pladser." : "The programme had no seats.";
    case WishOutcome::kBelowCutoff:
      if (!wish.cutoff) return Danish(lang) ? "Pladserne blev fordelt efter reglerne." : "The seats were allocated by the rules.";
      return BelowCutoff(result, applicant, wish, lang);
  }
  return "";
}

std::string DescribePlacement(const AllocationResult& result, std::size_t applicant, Language lang) {
  const Placement& placement = result.placements[applicant];
  if (!placement.offer) {
    return placement.unplaced_reason == ErrorCode::kAllocationNoWishes
               ? (Danish(lang) ? "Ingen ønsker: regionen finder en plads." : "No wishes: the region finds a place.")
               : (Danish(lang) ? "Ingen ledig plads inden for " + std::to_string(result.instance.rules->nearest_seat_minutes) +
                                     " minutter: regionen finder en plads."
                               : "No free seat within " + std::to_string(result.instance.rules->nearest_seat_minutes) +
                                     " minutes: the region finds a place.");
  }
  const std::string offer = result.instance.input->offers[*placement.offer].id;
  switch (placement.via) {
    case Via::kWish:
      return Danish(lang) ? offer + ": din " + std::to_string(placement.wish_rank) + ". prioritet."
                          : offer + ": your wish no. " + std::to_string(placement.wish_rank) + ".";
    case Via::kNearest:
      return Danish(lang) ? offer + ": nærmeste ledige plads på din 1. prioritets uddannelse (" + std::to_string(placement.minutes) + " min.)."
                          : offer + ": the nearest free seat in your 1st-wish programme (" + std::to_string(placement.minutes) + " min).";
    case Via::kOnlyProvider:
      return Danish(lang) ? offer + ": den nærmeste udbyder af din uddannelse, selv om den ligger over grænsen (" +
                                std::to_string(placement.minutes) + " min.)."
                          : offer + ": the nearest provider of your programme, although beyond the limit (" +
                                std::to_string(placement.minutes) + " min).";
  }
  return "";
}

}  // namespace optagelse::allocation
