// Loads a register dataset file (the synthetic demo data) into an empty database: decoded and
// validated in full first, then written in one transaction, so a bad file changes nothing.
#pragma once

#include <string>
#include <vector>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse {

enum class LoadOutcome { kLoaded, kSkippedNotEmpty };

// On failure returns every problem found (field paths like "persons[3].cpr").
tl::expected<LoadOutcome, std::vector<Problem>> LoadDemoDataIfEmpty(store::Database& db, const std::string& path);

}  // namespace optagelse
