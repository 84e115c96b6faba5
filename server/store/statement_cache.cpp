// Reuse of compiled statements: see statement_cache.h.
#include "store/statement_cache.h"

#include <sqlite3.h>

namespace optagelse::store {

StatementCache::~StatementCache() {
  for (auto& [sql, statements] : kept_) {
    for (sqlite3_stmt* stmt : statements) sqlite3_finalize(stmt);
  }
}

sqlite3_stmt* StatementCache::Take(std::string_view sql) {
  const auto found = kept_.find(sql);
  if (found == kept_.end() || found->second.empty()) return nullptr;
  sqlite3_stmt* stmt = found->second.back();
  found->second.pop_back();
  --idle_;
  return stmt;
}

void StatementCache::GiveBack(sqlite3_stmt* stmt) {
  sqlite3_reset(stmt);  // ends its read; an error it reports was already returned by its step
  sqlite3_clear_bindings(stmt);
  const char* sql = sqlite3_sql(stmt);
  if (idle_ >= kMaxIdle || !sql) {
    sqlite3_finalize(stmt);
    return;
  }
  kept_[sql].push_back(stmt);
  ++idle_;
}

std::vector<std::string> StatementCache::Texts() const {
  std::vector<std::string> texts;
  for (const auto& [text, statements] : kept_) {
    if (!statements.empty()) texts.push_back(text);
  }
  return texts;
}

}  // namespace optagelse::store
