// SQLite connection, statements and transactions: see database.h.
#include "store/database.h"

#include <sqlite3.h>

namespace optagelse::store {

Problem DatabaseProblem(sqlite3* db) {
  return MakeError(ErrorCode::kDatabaseUnavailable, "database", db ? sqlite3_errmsg(db) : "no connection");
}

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Database::~Database() = default;

Result<Database> Database::Open(const std::string& path) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
    Problem problem = DatabaseProblem(raw);
    sqlite3_close_v2(raw);
    return Fail(problem);
  }
  Database db(raw);
  sqlite3_busy_timeout(raw, 5000);
  for (const char* pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                             "PRAGMA secure_delete=ON", "PRAGMA cache_size=-65536", "PRAGMA temp_store=MEMORY",
                             "PRAGMA mmap_size=268435456"}) {
    if (auto done = db.Execute(pragma); !done) return Fail(done.error());
  }
  if (db.JournalMode() != "wal") return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "WAL mode refused"));
  return db;
}

Result<void> Database::Execute(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Problem problem = MakeError(ErrorCode::kDatabaseUnavailable, "database", message ? message : "exec failed");
    sqlite3_free(message);
    return Fail(problem);
  }
  return {};
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_.get(), sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    return Fail(DatabaseProblem(db_.get()));
  }
  return Statement(db_.get(), stmt);
}

Result<std::int64_t> Database::QueryInt(std::string_view sql) {
  auto statement = Prepare(sql);
  if (!statement) return Fail(statement.error());
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  if (!*row) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "no row"));
  return statement->ColumnInt(0);
}

std::int64_t Database::LastInsertRowId() const { return sqlite3_last_insert_rowid(db_.get()); }

std::string Database::JournalMode() {
  auto statement = Prepare("PRAGMA journal_mode");
  if (!statement) return "";
  auto row = statement->Step();
  return row && *row ? statement->ColumnText(0) : "";
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::Bind(int index, std::string_view text) {
  sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::Bind(int index, std::int64_t value) {
  sqlite3_bind_int64(stmt_, index, value);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view bytes) {
  sqlite3_bind_blob64(stmt_, index, bytes.data(), bytes.size(), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindNull(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

Result<bool> Statement::Step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return Fail(DatabaseProblem(db_));
}

Result<void> Statement::Run() {
  for (;;) {
    auto row = Step();
    if (!row) return Fail(row.error());
    if (!*row) return {};
  }
}

void Statement::Reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::int64_t Statement::ColumnInt(int column) const { return sqlite3_column_int64(stmt_, column); }

std::string Statement::ColumnText(int column) const {
  const auto* text = sqlite3_column_text(stmt_, column);
  return text ? std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt_, column)) : std::string();
}

std::string Statement::ColumnBlob(int column) const {
  const auto* bytes = sqlite3_column_blob(stmt_, column);
  return bytes ? std::string(static_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
               : std::string();
}

bool Statement::ColumnIsNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }

Result<Transaction> Transaction::Begin(Database& db) {
  if (auto begun = db.Execute("BEGIN IMMEDIATE"); !begun) return Fail(begun.error());
  return Transaction(&db);
}

Transaction::~Transaction() {
  if (db_) (void)db_->Execute("ROLLBACK");
}

Result<void> Transaction::Commit() {
  if (auto committed = db_->Execute("COMMIT"); !committed) return Fail(committed.error());
  db_ = nullptr;
  return {};
}

Result<void> ForEachRow(Statement& statement, const std::function<void(const Statement& row)>& on_row) {
  while (true) {
    auto step = statement.Step();
    if (!step) return Fail(step.error());
    if (!*step) return {};
    on_row(statement);
  }
}

}  // namespace optagelse::store
