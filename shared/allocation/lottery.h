// The lottery that breaks the last ties, reproducible by anyone: an applicant's number is the
// input's, or else drawn from the published seed and the applicant's id with SplitMix64 over a
// 64-bit FNV-1a hash of the id (integer arithmetic only, so every machine and the browser agree):
//   x = seed XOR fnv1a64(id); z = splitmix64(x); number = (z >> 11) * 2^-53, in [0, 1).
// A lower number goes first; equal numbers are ordered by id (plain byte order).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace optagelse::allocation {

double DrawLottery(std::uint64_t seed, std::string_view applicant_id);

// Ranks 0..n-1 for the numbers, ties broken by id: rank[i] is applicant i's place in the draw.
std::vector<std::uint32_t> LotteryRanks(const std::vector<double>& numbers, const std::vector<std::string_view>& ids);

}  // namespace optagelse::allocation
