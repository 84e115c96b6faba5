// Editing the ranked wish list without losing what hangs on a wish (docs/domain.md "The application"):
// a forrang claim names its wish by rank, so when wishes move the claim moves with its wish, and
// when a wish is removed its claim goes too. Used by the browser's buttons and drag and drop.
#pragma once

#include <cstddef>

#include "applications/application.h"

namespace optagelse::applications {

// Moves wishes[from] to position `to` (0-based), shifting the ones between; out of range: no change.
void MoveWish(Application& application, std::size_t from, std::size_t to);

// Removes wishes[index] and any claim on it; claims on later wishes keep their wish.
void RemoveWish(Application& application, std::size_t index);

}  // namespace optagelse::applications
