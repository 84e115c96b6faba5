// A thin RAII wrapper over one SQLite connection: open in WAL mode, durable (an acknowledged write
// survives a crash: each commit flushed, or group commit for the server, see group_commit.h),
// prepared statements with bound parameters only, and transactions that roll back unless
// committed. Errors come back as Problems, never exceptions.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/problem.h"
#include "store/group_commit.h"
#include "store/statement_cache.h"
#include "store/wal_checkpointer.h"

struct sqlite3;
struct sqlite3_stmt;

namespace optagelse::store {

class Statement {
 public:
  Statement(sqlite3* db, sqlite3_stmt* stmt, StatementCache* cache = nullptr) : db_(db), stmt_(stmt), cache_(cache) {}
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
  StatementCache* cache_;  // where it goes back to, reset, when done; null: finalized
};

// How commits reach the disk. kFlushEachCommit: COMMIT returns after the WAL is flushed
// (synchronous=FULL). kGroupCommit: COMMIT only writes the WAL (synchronous=NORMAL, still never
// corrupt) and the caller must WaitDurable() before it tells anyone the write happened.
enum class Durability { kFlushEachCommit, kGroupCommit };

class Database {
 public:
  // Opens (creating if needed) the file at path, in WAL mode, with foreign keys on.
  static Result<Database> Open(const std::string& path, Durability durability = Durability::kFlushEachCommit);

  Database(Database&&) noexcept = default;
  Database& operator=(Database&&) noexcept = default;
  ~Database();

  Result<void> Execute(std::string_view sql);
  // A statement for sql, compiled once per connection: a statement of the same text that is no
  // longer in use is reset and handed out again (SQL text holds no values; they are bound).
  Result<Statement> Prepare(std::string_view sql);
  // The single integer a query like "SELECT count(*) ..." returns.
  Result<std::int64_t> QueryInt(std::string_view sql);
  std::string JournalMode();
  std::size_t kept_statements() const { return statements_->idle(); }
  std::vector<std::string> kept_statement_texts() const { return statements_->Texts(); }
  std::int64_t LastInsertRowId() const;

  sqlite3* handle() const { return db_.get(); }

  // Returns once every commit made so far on this connection is on disk (group commit: may flush
  // the WAL, once for all threads waiting; kFlushEachCommit: at once). Safe to call without
  // holding the lock that guards the connection.
  Result<void> WaitDurable();
  // Commits and WAL flushes so far (group commit only; 0 otherwise).
  std::uint64_t commits() const { return group_commit_ ? group_commit_->commits() : 0; }
  std::uint64_t flushes() const { return group_commit_ ? group_commit_->flushes() : 0; }
  // WAL checkpoints run by the checkpointer's thread (group commit only; 0 otherwise).
  std::uint64_t checkpoints() const { return checkpointer_ ? checkpointer_->checkpoints() : 0; }

 private:
  struct Closer {
    void operator()(sqlite3* db) const;
  };
  explicit Database(sqlite3* db) : db_(db) {}
  Result<void> StartGroupCommit();
  std::unique_ptr<GroupCommit> group_commit_;  // declared first: outlives the connection
  std::unique_ptr<WalCheckpointer> checkpointer_;  // group commit only; outlives the connection too
  std::unique_ptr<sqlite3, Closer> db_;
  std::unique_ptr<StatementCache> statements_;  // declared last: finalized before the connection closes
};

// Prepares sql (a statement without parameters, kept in the connection's cache) and runs it.
Result<void> RunOnce(Database& db, std::string_view sql);

// Steps a prepared (and bound) statement to its end, calling on_row for each row; the first failure
// is returned.
Result<void> ForEachRow(Statement& statement, const std::function<void(const Statement& row)>& on_row);

// BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless Commit() succeeded. Inside a
// transaction already open (the server's commit batch, store/connection_lock.h) it is a savepoint
// instead: Commit() releases it into the outer transaction, and destruction rolls back its own
// changes only.
class Transaction {
 public:
  static Result<Transaction> Begin(Database& db);
  Transaction(Transaction&& other) noexcept : db_(other.db_), nested_(other.nested_) { other.db_ = nullptr; }
  Transaction(const Transaction&) = delete;
  ~Transaction();
  Result<void> Commit();

 private:
  Transaction(Database* db, bool nested) : db_(db), nested_(nested) {}
  Database* db_;
  bool nested_;
};

// A database problem: kDatabaseUnavailable with SQLite's own message as the detail.
Problem DatabaseProblem(sqlite3* db);

}  // namespace optagelse::store
