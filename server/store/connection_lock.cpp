// Commit batching around the server's connection: see connection_lock.h.
#include "store/connection_lock.h"

#include <sqlite3.h>

#include <iostream>

namespace optagelse::store {
namespace {

// The batches this thread has held the lock in since it last waited for them (one request's turns).
struct JoinedBatches {
  const ConnectionLock* lock = nullptr;
  std::uint64_t first = 0;
  std::uint64_t last = 0;
};
thread_local JoinedBatches joined;

Result<void> RunSql(Database& db, std::string_view sql) {
  auto statement = db.Prepare(sql);
  if (!statement) return Fail(statement.error());
  return statement->Run();
}

}  // namespace

void ConnectionLock::BatchCommitsOf(Database& db, std::function<void()> on_rollback) {
  std::lock_guard lock(mutex_);
  db_ = &db;
  on_rollback_ = std::move(on_rollback);
}

void ConnectionLock::lock() {
  waiting_.fetch_add(1);
  mutex_.lock();
  waiting_.fetch_sub(1);
  OpenBatch();
  if (!batch_open_) return;
  if (joined.lock != this || joined.first == 0) joined = {this, batch_, batch_};
  joined.last = batch_;
}

void ConnectionLock::LockAlone() {
  waiting_.fetch_add(1);
  mutex_.lock();
  waiting_.fetch_sub(1);
  if (batch_open_) CloseBatch();
}

void ConnectionLock::unlock() {
  if (batch_open_) {
    ++holders_;
    if (sqlite3_get_autocommit(db_->handle()) != 0) {
      FailBatch("SQLite rolled the transaction back");
    } else if (waiting_.load() == 0 || holders_ >= kMaxHolders) {
      CloseBatch();
    }
  }
  mutex_.unlock();
}

void ConnectionLock::OpenBatch() {
  if (!db_ || batch_open_) return;
  // Busy (another process writes): this turn runs without a batch and its own transaction waits
  // or fails as it would without batching.
  if (!RunSql(*db_, "BEGIN IMMEDIATE")) return;
  batch_open_ = true;
  holders_ = 0;
  ++batch_;
}

void ConnectionLock::CloseBatch() {
  if (auto committed = RunSql(*db_, "COMMIT"); !committed) return FailBatch(committed.error().detail);
  batch_open_ = false;
  committed_batches_.fetch_add(1);
  Closed(false);
}

void ConnectionLock::FailBatch(const std::string& why) {
  if (sqlite3_get_autocommit(db_->handle()) == 0) (void)RunSql(*db_, "ROLLBACK");
  std::cerr << "optagelse-server: a batch of " << holders_ << " requests was rolled back (" << why
            << "); they are answered 503 and requests now commit one at a time\n";
  batch_open_ = false;
  db_ = nullptr;
  if (on_rollback_) on_rollback_();
  Closed(true);
}

void ConnectionLock::Closed(bool failed) {
  {
    std::lock_guard lock(outcome_mutex_);
    closed_ = batch_;
    if (failed) failed_batch_ = batch_;
  }
  outcome_changed_.notify_all();
}

Result<void> ConnectionLock::WaitCommitted() {
  if (joined.lock != this || joined.first == 0) return {};
  const JoinedBatches mine = joined;
  joined = {};
  std::unique_lock lock(outcome_mutex_);
  outcome_changed_.wait(lock, [&] { return closed_ >= mine.last; });
  if (failed_batch_ != 0 && failed_batch_ >= mine.first && failed_batch_ <= mine.last) {
    return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "the transaction this request was part of was rolled back"));
  }
  return {};
}

}  // namespace optagelse::store
