// How a programme orders its applicants (docs/domain.md "Allocation" steps 2-4; law 880/2022): granted
// forrang tier first, then wish rank (ranks from equal_from_rank on count equally), then transport
// minutes, then the lottery. Packed into one integer so that a smaller number always goes first and
// the order is total (lottery ranks are unique).
#pragma once

#include <cstdint>

namespace optagelse::allocation {

struct PriorityKey {
  int tier = 0;         // forrang tier (0 first); kNoForrang when none
  int rank_bucket = 0;  // min(wish rank, equal_from_rank); 0 in the nearest-seat round
  int minutes = 0;      // kUnknownMinutes when no travel time is known
  std::uint32_t lottery_rank = 0;

  static constexpr int kNoForrang = 63;
  static constexpr int kUnknownMinutes = 9999;

  std::uint64_t Packed() const {
    return (static_cast<std::uint64_t>(tier) << 52) | (static_cast<std::uint64_t>(rank_bucket) << 46) |
           (static_cast<std::uint64_t>(minutes) << 32) | lottery_rank;
  }
  static PriorityKey Unpack(std::uint64_t packed) {
    return PriorityKey{static_cast<int>(packed >> 52), static_cast<int>((packed >> 46) & 63),
                       static_cast<int>((packed >> 32) & 16383), static_cast<std::uint32_t>(packed)};
  }
  friend bool operator==(const PriorityKey&, const PriorityKey&) = default;
};

}  // namespace optagelse::allocation
