// Compiled statements kept for reuse on one SQLite connection. Compiling SQL took a fifth of the
// server's time under load (every request compiled the same dozen statements again); now each text
// is compiled once and a finished statement is reset and kept for the next request. Bounded: past
// kMaxIdle kept statements, finished ones are finalized instead.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace optagelse::store {

class StatementCache {
 public:
  static constexpr std::size_t kMaxIdle = 256;

  StatementCache() = default;
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;
  ~StatementCache();  // finalizes every kept statement

  // A kept statement compiled from exactly this text, or null.
  sqlite3_stmt* Take(std::string_view sql);
  // A finished statement: reset, bindings cleared, kept (or finalized when the cache is full).
  void GiveBack(sqlite3_stmt* stmt);
  std::size_t idle() const { return idle_; }
  // The texts of the statements kept (for checking the store's own SQL: tests/server/query_plan_test.cpp).
  std::vector<std::string> Texts() const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  std::unordered_map<std::string, std::vector<sqlite3_stmt*>, Hash, std::equal_to<>> kept_;
  std::size_t idle_ = 0;
};

}  // namespace optagelse::store
