// Moving and removing wishes with their forrang claims: see wish_editing.h.
#include "applications/wish_editing.h"

#include <algorithm>

namespace optagelse::applications {

void MoveWish(Application& application, std::size_t from, std::size_t to) {
  auto& wishes = application.wishes;
  if (from >= wishes.size() || to >= wishes.size() || from == to) return;
  // Where the wish now at index i ends up.
  auto moved = [from, to](std::size_t i) {
    if (i == from) return to;
    if (from < to && i > from && i <= to) return i - 1;
    if (to < from && i >= to && i < from) return i + 1;
    return i;
  };
  for (ForrangClaim& claim : application.forrang) {
    if (claim.wish >= 1 && static_cast<std::size_t>(claim.wish) <= wishes.size()) {
      claim.wish = static_cast<int>(moved(static_cast<std::size_t>(claim.wish - 1)) + 1);
    }
  }
  if (from < to) {
    std::rotate(wishes.begin() + static_cast<std::ptrdiff_t>(from), wishes.begin() + static_cast<std::ptrdiff_t>(from) + 1,
                wishes.begin() + static_cast<std::ptrdiff_t>(to) + 1);
  } else {
    std::rotate(wishes.begin() + static_cast<std::ptrdiff_t>(to), wishes.begin() + static_cast<std::ptrdiff_t>(from),
                wishes.begin() + static_cast<std::ptrdiff_t>(from) + 1);
  }
}

void RemoveWish(Application& application, std::size_t index) {
  if (index >= application.wishes.size()) return;
  application.wishes.erase(application.wishes.begin() + static_cast<std::ptrdiff_t>(index));
  const int rank = static_cast<int>(index) + 1;
  std::erase_if(application.forrang, [rank](const ForrangClaim& claim) { return claim.wish == rank; });
  for (ForrangClaim& claim : application.forrang) {
    if (claim.wish > rank) --claim.wish;
  }
}

}  // namespace optagelse::applications
