// Loads a register dataset file (the synthetic demo data) into an empty database, or applies a
// register update: decoded and validated in full first, then written in one transaction, so a bad
// file changes nothing.
#pragma once

#include <string>
#include <vector>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse {

enum class LoadOutcome { kLoaded, kSkippedNotEmpty };

// On failure returns every problem found (field paths like "persons[3].cpr").
tl::expected<LoadOutcome, std::vector<Problem>> LoadDemoDataIfEmpty(store::Database& db, const std::string& path);

// A register update (the same file format): persons and institutions in it are inserted or updated
// - a move changes address, address id and location - all in one transaction or not at all.
// Returns how many persons the file had.
tl::expected<std::size_t, std::vector<Problem>> ApplyRegisterUpdate(store::Database& db, const std::string& path);

}  // namespace optagelse
