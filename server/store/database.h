// A thin RAII wrapper over one SQLite connection: open in WAL mode with full sync (an acknowledged
// write survives a crash), prepared statements with bound parameters only, and transactions that
// roll back unless committed. Errors come back as Problems, never exceptions.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"

struct sqlite3;
struct sqlite3_stmt;

namespace optagelse::store {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;
  Statement(const Statement&) = delete;
  ~Statement();

  Statement& Bind(int index, std::string_view text);
  Statement& Bind(int index, std::int64_t value);
  Statement& BindNull(int index);
  Statement& BindBlob(int index, std::string_view bytes);

  // Steps once: true while a row is available, false when done. A failure is a Problem.
  Result<bool> Step();
  // Steps to the end (for statements that return no rows).
  Result<void> Run();
  void Reset();

  std::int64_t ColumnInt(int column) const;
  std::string ColumnText(int column) const;
  std::string ColumnBlob(int column) const;
  bool ColumnIsNull(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
};

class Database {
 public:
  // Opens (creating if needed) the file at path, in WAL mode, with foreign keys on.
  static Result<Database> Open(const std::string& path);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  ~Database();

  Result<void> Execute(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // The single integer a query like "SELECT count(*) ..." returns.
  Result<std::int64_t> QueryInt(std::string_view sql);
  std::string JournalMode();
  std::int64_t LastInsertRowId() const;

  sqlite3* handle() const { return db_.get(); }

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  explicit Database(sqlite3* db) : db_(db) {}
  std::unique_ptr<sqlite3, Closer> db_;
};

// Steps a prepared (and bound) statement to its end, calling on_row for each row; the first failure
// is returned.
Result<void> ForEachRow(Statement& statement, const std::function<void(const Statement& row)>& on_row);

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit() succeeded.
class Transaction {
 public:
  static Result<Transaction> Begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_) { other.db_ = nullptr; }
  Transaction(const Transaction&) = delete;
  ~Transaction();
  Result<void> Commit();

 private:
  explicit Transaction(Database* db) : db_(db) {}
  Database* db_;
};

// A database problem: kDatabaseUnavailable with SQLite's own message as the detail.
Problem DatabaseProblem(sqlite3* db);

}  // namespace optagelse::store
