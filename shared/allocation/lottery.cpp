// The reproducible lottery: see lottery.h.
#include "allocation/lottery.h"

#include <algorithm>
#include <numeric>

namespace optagelse::allocation {
namespace {

std::uint64_t Fnv1a64(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::uint64_t SplitMix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

}  // namespace

double DrawLottery(std::uint64_t seed, std::string_view applicant_id) {
  const std::uint64_t z = SplitMix64(seed ^ Fnv1a64(applicant_id));
  return static_cast<double>(z >> 11) * (1.0 / 9007199254740992.0);
}

std::vector<std::uint32_t> LotteryRanks(const std::vector<double>& numbers, const std::vector<std::string_view>& ids) {
  std::vector<std::uint32_t> order(numbers.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    if (numbers[a] != numbers[b]) return numbers[a] < numbers[b];
    return ids[a] < ids[b];
  });
  std::vector<std::uint32_t> rank(numbers.size());
  for (std::uint32_t place = 0; place < order.size(); ++place) rank[order[place]] = place;
  return rank;
}

}  // namespace optagelse::allocation
