// SQLite connection, statements and transactions: see database.h.
#include "store/database.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

namespace optagelse::store {
namespace {

// The page cache is small (8 MB) and reads go through a memory map of the file instead. SQLite's page
// cache is scanned whole at every commit whose B-tree rebalancing gave a page a temporary number
// beyond the end of the file (balance_nonroot renumbers through the pending-byte page, and the
// commit then truncates the cache back to the file's size): with the former 64 MB cache that scan
// of 16,384 slots was 6.5% of the server's time under load and grew as the cache filled (the load
// bench's submits fell from 668 to 500 a minute within 150 s; 693 to 638 with this). Pages read
// come from the kernel's cache through the map (no copy, no system call); only pages being
// written need the page cache - and the pages whose latest version is still in the write-ahead
// log, which SQLite reads with pread, one system call and copy each: with 2 MB, 29 preads per
// submission under the deadline-hour load, with 8 MB 10 (the scan above is an eighth of 64 MB's).
constexpr const char* kCacheSize = "PRAGMA cache_size=-8192";      // 8 MB
constexpr const char* kMmapSize = "PRAGMA mmap_size=2147418112";  // SQLite's largest (2 GB)

Problem FlushProblem(const std::string& what, int error) {
  return MakeError(ErrorCode::kDatabaseUnavailable, "database", what + ": " + std::strerror(error));
}

Result<void> SyncFile(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
  if (fd < 0) return Fail(FlushProblem("open " + path, errno));
  const int synced = ::fdatasync(fd);
  const int error = errno;  // before close() can change it
  ::close(fd);
  if (synced != 0) return Fail(FlushProblem("fdatasync " + path, error));
  return {};
}

// After each commit (group commit): counted, and a checkpoint asked of the checkpointer's thread.
int OnWalCommit(void* checkpointer, sqlite3*, const char*, int wal_pages) {
  static_cast<WalCheckpointer*>(checkpointer)->AfterCommit(wal_pages);
  return SQLITE_OK;
}

}  // namespace

Problem DatabaseProblem(sqlite3* db) {
  return MakeError(ErrorCode::kDatabaseUnavailable, "database", db ? sqlite3_errmsg(db) : "no connection");
}

void Database::Closer::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Database::~Database() = default;

Result<Database> Database::Open(const std::string& path, Durability durability) {
  sqlite3* raw = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  if (sqlite3_open_v2(path.c_str(), &raw, flags, nullptr) != SQLITE_OK) {
    Problem problem = DatabaseProblem(raw);
    sqlite3_close_v2(raw);
    return Fail(problem);
  }
  Database db(raw);
  db.statements_ = std::make_unique<StatementCache>();
  sqlite3_busy_timeout(raw, 5000);
  const bool grouped = durability == Durability::kGroupCommit;
  for (const char* pragma : {"PRAGMA journal_mode=WAL", grouped ? "PRAGMA synchronous=NORMAL" : "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                             "PRAGMA secure_delete=ON", kCacheSize, "PRAGMA temp_store=MEMORY", kMmapSize}) {
    if (auto done = db.Execute(pragma); !done) return Fail(done.error());
  }
  if (db.JournalMode() != "wal") return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "WAL mode refused"));
  if (grouped) {
    if (auto started = db.StartGroupCommit(); !started) return Fail(started.error());
  }
  return db;
}

// The flush syncs the WAL file's data (a descriptor of our own flushes the file's pages whoever
// wrote them) and, the first time, the directory holding it, so the file's name survives too.
// SQLite keeps the WAL file while this connection is open, and a checkpoint (on the checkpointer's
// connection, store/wal_checkpointer.h) flushes the WAL before it copies it into the database and
// the database after.
Result<void> Database::StartGroupCommit() {
  const char* database_path = sqlite3_db_filename(db_.get(), "main");
  const char* wal = sqlite3_filename_wal(database_path);
  if (!wal || !*wal) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "no WAL file name"));
  const std::string wal_path = wal;
  const std::string directory = std::filesystem::path(wal_path).parent_path().string();
  auto directory_synced = std::make_shared<bool>(false);
  group_commit_ = std::make_unique<GroupCommit>([wal_path, directory, directory_synced]() -> Result<void> {
    if (auto synced = SyncFile(wal_path, O_RDONLY); !synced) return synced;
    if (!*directory_synced) {
      if (auto synced = SyncFile(directory.empty() ? "." : directory, O_RDONLY | O_DIRECTORY); !synced) return synced;
      *directory_synced = true;
    }
    return {};
  });
  auto checkpointer = WalCheckpointer::Start(database_path, *group_commit_);
  if (!checkpointer) return Fail(checkpointer.error());
  checkpointer_ = std::move(*checkpointer);
  sqlite3_wal_hook(db_.get(), OnWalCommit, checkpointer_.get());
  return {};
}

Result<void> Database::WaitDurable() {
  if (!group_commit_) return {};
  return group_commit_->WaitDurable();
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
  if (sqlite3_stmt* kept = statements_->Take(sql)) return Statement(db_.get(), kept, statements_.get());
  sqlite3_stmt* stmt = nullptr;
  const char* tail = nullptr;
  if (sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, &tail) != SQLITE_OK) {
    return Fail(DatabaseProblem(db_.get()));
  }
  // Only a statement compiled from the whole text is kept under it (the text is its key).
  const bool whole = tail == sql.data() + sql.size();
  return Statement(db_.get(), stmt, whole ? statements_.get() : nullptr);
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

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_), cache_(other.cache_) {
  other.stmt_ = nullptr;
}

Statement::~Statement() {
  if (!stmt_) return;
  if (cache_) {
    cache_->GiveBack(stmt_);
  } else {
    sqlite3_finalize(stmt_);
  }
}

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

Result<void> RunOnce(Database& db, std::string_view sql) {
  auto statement = db.Prepare(sql);
  if (!statement) return Fail(statement.error());
  return statement->Run();
}

Result<Transaction> Transaction::Begin(Database& db) {
  const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
  if (auto begun = RunOnce(db, nested ? "SAVEPOINT request" : "BEGIN IMMEDIATE"); !begun) return Fail(begun.error());
  return Transaction(&db, nested);
}

Transaction::~Transaction() {
  if (!db_) return;
  if (!nested_) {
    (void)RunOnce(*db_, "ROLLBACK");
  } else if (sqlite3_get_autocommit(db_->handle()) == 0) {  // SQLite may have rolled back the outer one
    (void)RunOnce(*db_, "ROLLBACK TO request");
    (void)RunOnce(*db_, "RELEASE request");
  }
}

Result<void> Transaction::Commit() {
  if (auto committed = RunOnce(*db_, nested_ ? "RELEASE request" : "COMMIT"); !committed) return Fail(committed.error());
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
