// The database thread and commit batching around the server's connection: see connection_lock.h.
#include "store/connection_lock.h"

#include <sqlite3.h>

#include <cassert>
#include <iostream>

namespace optagelse::store {

// How a Run turn's caller learns that its batch has closed, without the queue's mutex (the
// database thread holds that one often, and a caller woken while it is held would sleep again on
// it). Shared, so that the database thread may still be waking it when the caller has seen the
// flag and returned. (std::atomic::wait is not used: libstdc++ spins and yields before it sleeps,
// which on two cores takes the CPU from the threads with work.)
struct ConnectionLock::Wake {
  std::mutex mutex;
  std::condition_variable changed;
  bool done = false;
};

// One turn at the connection. A Run turn lives on its caller's stack until its batch has closed; a
// held turn (lock()/unlock()) in its thread's thread_local slot. Guarded by mutex_.
struct ConnectionLock::Turn {
  enum class Kind { kWork, kHold, kAlone };
  Kind kind = Kind::kWork;
  void (*invoke)(void*) = nullptr;  // kWork: what to run, on the database thread
  void* work = nullptr;
  std::uint64_t batch = 0;  // the batch it had its turn in; 0: none
  bool granted = false;     // kHold, kAlone: the caller may use the connection now
  bool released = false;    // kHold, kAlone: the caller is done with it
  bool ended = false;       // the database thread is past the turn (and has committed if it was due)
  bool finished = false;    // kHold, kAlone: the turn is over
  std::shared_ptr<Wake> wake;  // kWork: set once its batch is closed (or, with none, it has run)
  std::condition_variable changed;
};

namespace {

// The batches this thread has had turns in since it last waited for them (one request's turns).
struct JoinedBatches {
  const ConnectionLock* lock = nullptr;
  std::uint64_t first = 0;
  std::uint64_t last = 0;
};
thread_local JoinedBatches joined;
thread_local bool on_database_thread = false;  // inside a turn already: a nested turn just runs

}  // namespace

ConnectionLock::~ConnectionLock() {
  if (!thread_.joinable()) return;
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  queued_.notify_one();
  thread_.join();
}

void ConnectionLock::BatchCommitsOf(Database& db, std::function<void()> on_rollback) {
  assert(!thread_.joinable());
  db_ = &db;
  on_rollback_ = std::move(on_rollback);
  thread_ = std::thread([this] { Serve(); });
}

void ConnectionLock::RunTurn(void (*invoke)(void*), void* work) {
  if (on_database_thread) return invoke(work);
  if (!thread_.joinable()) {
    std::lock_guard plain(mutex_);
    return invoke(work);
  }
  Turn turn;
  turn.invoke = invoke;
  turn.work = work;
  turn.wake = std::make_shared<Wake>();
  const std::shared_ptr<Wake> wake = turn.wake;
  {
    std::lock_guard lock(mutex_);
    queue_.push_back(&turn);
    waiting_.fetch_add(1);
  }
  queued_.notify_one();
  {
    std::unique_lock lock(wake->mutex);
    wake->changed.wait(lock, [&] { return wake->done; });
  }
  NoteJoined(turn.batch);  // written before the wake, read after it
}

ConnectionLock::Turn*& ConnectionLock::HeldTurn() {
  static thread_local Turn* held = nullptr;
  return held;
}

void ConnectionLock::lock() {
  if (on_database_thread) return;
  if (!thread_.joinable()) return mutex_.lock();
  Hold(false);
}

void ConnectionLock::LockAlone() {
  assert(!on_database_thread);  // a turn outside any batch cannot begin inside one
  if (!thread_.joinable()) return mutex_.lock();
  Hold(true);
}

void ConnectionLock::Hold(bool alone) {
  static thread_local Turn slot;
  slot.kind = alone ? Turn::Kind::kAlone : Turn::Kind::kHold;
  slot.batch = 0;
  slot.granted = slot.released = slot.ended = slot.finished = false;
  std::unique_lock lock(mutex_);
  queue_.push_back(&slot);
  waiting_.fetch_add(1);
  queued_.notify_one();
  slot.changed.wait(lock, [&] { return slot.granted; });
  HeldTurn() = &slot;
  lock.unlock();
  NoteJoined(slot.batch);
}

void ConnectionLock::unlock() {
  if (on_database_thread) return;
  if (!thread_.joinable()) return mutex_.unlock();
  Turn& turn = *HeldTurn();
  HeldTurn() = nullptr;
  std::unique_lock lock(mutex_);
  turn.released = true;
  turn.changed.notify_all();
  // Back once the turn is over: committed if nothing else was queued behind it.
  turn.changed.wait(lock, [&] { return turn.ended; });
}

void ConnectionLock::Serve() {
  on_database_thread = true;
  std::unique_lock lock(mutex_);
  for (;;) {
    queued_.wait(lock, [&] { return !queue_.empty() || stopping_; });
    if (queue_.empty()) break;
    Turn& turn = *queue_.front();
    queue_.pop_front();
    waiting_.fetch_sub(1);
    lock.unlock();
    Begin(turn);
    lock.lock();
    turn.batch = batch_open_ ? batch_ : 0;
    if (turn.kind == Turn::Kind::kWork) {
      lock.unlock();
      turn.invoke(turn.work);
      lock.lock();
    } else {
      turn.granted = true;
      turn.changed.notify_all();
      turn.changed.wait(lock, [&] { return turn.released; });
    }
    const bool more = !queue_.empty();
    lock.unlock();
    End(turn, more);
    lock.lock();
  }
  lock.unlock();
  if (batch_open_) CloseBatch();
}

void ConnectionLock::Begin(Turn& turn) {
  if (turn.kind == Turn::Kind::kAlone) {
    if (batch_open_) CloseBatch();
  } else {
    OpenBatch();
  }
}

void ConnectionLock::End(Turn& turn, bool more) {
  const Turn::Kind kind = turn.kind;  // a Run turn may be gone once its batch has closed
  if (kind == Turn::Kind::kWork && !batch_open_) return WakeUp(*turn.wake);
  if (batch_open_ && kind != Turn::Kind::kAlone) {
    ++holders_;
    if (kind == Turn::Kind::kWork) members_.push_back(turn.wake);
    if (sqlite3_get_autocommit(db_->handle()) != 0) {
      FailBatch("SQLite rolled the transaction back");
    } else if (!more || holders_ >= kMaxHolders) {
      CloseBatch();
    }
    // A Run turn is woken by Closed(), and its caller may return at once: not touched after that.
    if (kind == Turn::Kind::kWork) return;
  }
  std::lock_guard lock(mutex_);
  turn.ended = true;
  turn.finished = true;
  turn.changed.notify_all();
}

void ConnectionLock::OpenBatch() {
  if (!db_ || batch_open_) return;
  // Busy (another process writes): this turn runs without a batch and its own transaction waits
  // or fails as it would without batching.
  if (!RunOnce(*db_, "BEGIN IMMEDIATE")) return;
  batch_open_ = true;
  holders_ = 0;
  ++batch_;
}

void ConnectionLock::CloseBatch() {
  if (auto committed = RunOnce(*db_, "COMMIT"); !committed) return FailBatch(committed.error().detail);
  batch_open_ = false;
  committed_batches_.fetch_add(1);
  Closed(false);
}

void ConnectionLock::FailBatch(const std::string& why) {
  if (sqlite3_get_autocommit(db_->handle()) == 0) (void)RunOnce(*db_, "ROLLBACK");
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
  outcome_changed_.notify_all();  // held turns' WaitCommitted
  for (const std::shared_ptr<Wake>& member : members_) WakeUp(*member);
  members_.clear();
}

void ConnectionLock::WakeUp(Wake& wake) {
  {
    std::lock_guard lock(wake.mutex);
    wake.done = true;
  }
  wake.changed.notify_one();
}

void ConnectionLock::NoteJoined(std::uint64_t batch) {
  if (batch == 0) return;
  if (joined.lock != this || joined.first == 0) joined = {this, batch, batch};
  joined.last = batch;
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
