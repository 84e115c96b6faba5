// Opening a server database from the command line: see server_database.h.
#include "cli/server_database.h"

#include <filesystem>
#include <iostream>

#include "core/messages.h"

namespace optagelse::tools {

int RefuseToRun(const std::string& what) {
  std::cerr << "optagelse: " << what << "\n";
  return 2;
}

std::optional<store::Database> OpenServerDatabase(const std::string& path) {
  if (!std::filesystem::is_regular_file(path)) {
    RefuseToRun("no database at " + path);
    return std::nullopt;
  }
  auto db = store::Database::Open(path);
  if (!db) {
    RefuseToRun(MessageFor(db.error(), Language::kEnglish));
    return std::nullopt;
  }
  return std::move(*db);
}

}  // namespace optagelse::tools
