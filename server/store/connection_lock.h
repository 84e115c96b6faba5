// The lock around the server's one SQLite connection, with commit batching (issue "Hardening",
// load): requests take turns at the connection, and the turns that follow each other without a
// pause share one transaction. A commit costs the connection file locks and a write of every page
// the transaction touched (the audit log's last page, the indexes' pages); shared, those are paid
// once for up to kMaxHolders requests instead of once each.
//
// How it stays safe:
// - The first holder opens the batch (BEGIN IMMEDIATE). Each request's own transaction inside it is
//   a savepoint (store::Transaction), so a refused request still rolls back alone.
// - A holder that leaves while nobody waits, or that fills the batch, commits it. So the batch is
//   always committed by a later unlock, and never stays open while the server is idle.
// - No answer leaves before the batch its request was in is committed (WaitCommitted, called with
//   the durability wait before every API answer): nobody is shown what a rollback could take back.
// - If a batch cannot be committed, or SQLite rolled it back under a holder, every request in it
//   gets a 503, the in-memory caches are cleared (on_rollback) and batching stops for good: from then
//   on every request commits alone, as without batching.
//
// Without BatchCommitsOf (tools, tests that build a context by hand) it is a plain mutex.
// BasicLockable: use it with std::lock_guard.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse::store {

class ConnectionLock {
 public:
  static constexpr int kMaxHolders = 32;  // at about 0.5 ms a turn, a batch lasts at most ~16 ms

  // From now on holders share transactions on db. on_rollback runs, with the lock held, when a batch
  // is rolled back: caches of what the database holds must forget what it no longer does.
  void BatchCommitsOf(Database& db, std::function<void()> on_rollback);

  void lock();
  void unlock();
  // A turn outside any batch, for work that cannot run inside a transaction (a WAL checkpoint):
  // the open batch is committed first. Ended by unlock(), as any turn; see AloneTurn.
  void LockAlone();

  // Returns once every batch this thread has held the lock in since its last call is committed; a
  // Problem when one of them was rolled back. At once when batching is off.
  Result<void> WaitCommitted();

  std::uint64_t batches() const { return committed_batches_.load(); }  // committed so far
  int waiting() const { return waiting_.load(); }                       // threads queued for the lock

 private:
  void OpenBatch();   // with mutex_ held
  void CloseBatch();  // with mutex_ held
  void FailBatch(const std::string& why);  // with mutex_ held
  void Closed(bool failed);                // with mutex_ held: wakes the batch's waiters

  std::mutex mutex_;
  std::atomic<int> waiting_{0};  // threads between lock() and getting the mutex
  std::atomic<std::uint64_t> committed_batches_{0};
  // Guarded by mutex_:
  Database* db_ = nullptr;  // null: no batching
  std::function<void()> on_rollback_;
  bool batch_open_ = false;
  int holders_ = 0;          // holders so far in the open batch
  std::uint64_t batch_ = 0;  // number of the open (or last) batch
  // Guarded by outcome_mutex_:
  std::mutex outcome_mutex_;
  std::condition_variable outcome_changed_;
  std::uint64_t closed_ = 0;        // every batch up to this number is committed or rolled back
  std::uint64_t failed_batch_ = 0;  // the batch that was rolled back (batching stopped there); 0: none
};

// std::lock_guard for a turn outside any batch.
class AloneTurn {
 public:
  explicit AloneTurn(ConnectionLock& lock) : lock_(lock) { lock_.LockAlone(); }
  AloneTurn(const AloneTurn&) = delete;
  AloneTurn& operator=(const AloneTurn&) = delete;
  ~AloneTurn() { lock_.unlock(); }

 private:
  ConnectionLock& lock_;
};

}  // namespace optagelse::store
