// The secret behind the statistics pseudonyms: 32 random bytes in a file of its own beside the
// database (mode 0600), created on first use and never stored in the database - a copy of the
// database alone cannot turn pseudonyms back into CPR numbers, and the same key gives the same
// pseudonym in every export, so statistics can follow a person across years.
#pragma once

#include <string>
#include <string_view>

#include "core/problem.h"

namespace optagelse::statistics {

// The key in the file, or a new one written there (kDatabaseUnavailable when neither works).
Result<std::string> LoadOrCreateKey(const std::string& path);

// A person's pseudonym: the first 32 hex digits (128 bits) of HMAC-SHA256(key, CPR number).
std::string Pseudonym(std::string_view key, std::string_view cpr);

// The key file's default place: the database path with ".statistics-key" appended.
std::string DefaultKeyPath(const std::string& database_path);

}  // namespace optagelse::statistics
