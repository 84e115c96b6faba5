// WAL checkpoints off the database thread: see wal_checkpointer.h.
#include "store/wal_checkpointer.h"

#include <sqlite3.h>

#include "store/database.h"

namespace optagelse::store {

Result<std::unique_ptr<WalCheckpointer>> WalCheckpointer::Start(const std::string& path, GroupCommit& commits) {
  sqlite3* raw = nullptr;
  if (sqlite3_open_v2(path.c_str(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    Problem problem = DatabaseProblem(raw);
    sqlite3_close_v2(raw);
    return Fail(problem);
  }
  // A connection finds the file is in WAL mode, and opens the log, at its first read; until then a
  // checkpoint does nothing.
  if (sqlite3_exec(raw, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr) != SQLITE_OK) {
    Problem problem = DatabaseProblem(raw);
    sqlite3_close_v2(raw);
    return Fail(problem);
  }
  // Its own flushes (WAL before copying, database after) are SQLite's, as they were in the writer.
  return std::unique_ptr<WalCheckpointer>(new WalCheckpointer(raw, commits));
}

WalCheckpointer::WalCheckpointer(sqlite3* connection, GroupCommit& commits)
    : connection_(connection), commits_(commits), thread_([this] { Run(); }) {}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wanted_.notify_one();
  thread_.join();
  sqlite3_close_v2(connection_);
}

void WalCheckpointer::AfterCommit(int wal_pages) {
  commits_.NoteCommit();
  if (wal_pages < kThresholdPages) return;
  {
    std::lock_guard lock(mutex_);
    if (requested_) return;
    requested_ = true;
  }
  wanted_.notify_one();
}

std::uint64_t WalCheckpointer::checkpoints() const {
  std::lock_guard lock(mutex_);
  return done_;
}

void WalCheckpointer::Run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wanted_.wait(lock, [this] { return requested_ || stopping_; });
    if (stopping_) return;
    requested_ = false;
    lock.unlock();
    // Busy (another checkpoint, or the retention job's TRUNCATE) is fine: the next commit asks again.
    sqlite3_wal_checkpoint_v2(connection_, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    lock.lock();
    ++done_;
  }
}

}  // namespace optagelse::store
