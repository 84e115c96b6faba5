// The server's one SQLite connection and who may use it (issue "Hardening", load): requests take
// turns, and the turns that follow each other without a pause share one transaction (commit
// batching). A commit costs file locks and a write of every page the transaction touched (the
// audit log's last page, the indexes' pages); shared, those are paid once for up to kMaxHolders
// requests instead of once each.
//
// Once batching is on (BatchCommitsOf), the turns are run by one database thread:
// - Run(work) queues the work and the database thread runs it, turn after turn, with no hand-over
//   between threads on the way (a mutex handed from one request thread to the next waited 60-100 us
//   for the next thread to be scheduled: a sixth of the time under the deadline-hour load). The
//   caller sleeps once, until the batch its work ran in is committed or rolled back.
// - lock()/unlock() (BasicLockable, for std::lock_guard) let the calling thread use the connection
//   itself while the database thread waits: for the routes that do not need the speed.
//
// How it stays safe:
// - The first turn opens the batch (BEGIN IMMEDIATE). Each request's own transaction inside it is
//   a savepoint (store::Transaction), so a refused request still rolls back alone.
// - The batch is committed when no turn is queued after the one that ended, or when it is full: it
//   never stays open while the server is idle.
// - No answer leaves before the batch its request was in is committed (Run returns after it; for
//   lock()/unlock() WaitCommitted, called with the durability wait before every API answer):
//   nobody is shown what a rollback could take back.
// - If a batch cannot be committed, or SQLite rolled it back under a turn, every request in it gets
//   a 503, the in-memory caches are cleared (on_rollback) and batching stops for good: from then on
//   every request commits alone, as without batching.
//
// Without BatchCommitsOf (tools, tests that build a context by hand) it is a plain mutex, and Run
// runs the work on the calling thread while holding it.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <type_traits>
#include <vector>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse::store {

class ConnectionLock {
 public:
  static constexpr int kMaxHolders = 32;  // at about 0.3 ms a turn, a batch lasts at most ~10 ms

  ConnectionLock() = default;
  ConnectionLock(const ConnectionLock&) = delete;
  ConnectionLock& operator=(const ConnectionLock&) = delete;
  ~ConnectionLock();  // runs the turns still queued, commits, and stops the database thread

  // From now on a database thread runs the turns and they share transactions on db. on_rollback
  // runs, on the database thread, when a batch is rolled back: caches of what the database holds
  // must forget what it no longer does.
  void BatchCommitsOf(Database& db, std::function<void()> on_rollback);

  // Runs work with the connection to itself and returns when it has run and its batch is closed;
  // the next WaitCommitted on this thread says whether that batch was committed.
  template <typename Work>
  void Run(Work&& work) {
    RunTurn([](void* erased) { (*static_cast<std::remove_reference_t<Work>*>(erased))(); }, &work);
  }

  void lock();
  void unlock();
  // A turn outside any batch, for work that cannot run inside a transaction (a WAL checkpoint):
  // the open batch is committed first. Ended by unlock(), as any turn; see AloneTurn.
  void LockAlone();

  // Returns once every batch this thread has had a turn in since its last call is committed; a
  // Problem when one of them was rolled back. At once when batching is off.
  Result<void> WaitCommitted();

  std::uint64_t batches() const { return committed_batches_.load(); }  // committed so far
  int waiting() const { return waiting_.load(); }                       // turns queued, not yet begun

 private:
  struct Turn;
  struct Wake;
  void RunTurn(void (*invoke)(void*), void* work);
  void Hold(bool alone);     // lock() and LockAlone() once the database thread runs
  void Serve();              // the database thread
  static Turn*& HeldTurn();  // this thread's turn between lock() and unlock()
  void Begin(Turn& turn);    // on the database thread: opens (or, alone, closes) the batch
  void End(Turn& turn, bool more);  // on the database thread: after the turn, commits when due
  void OpenBatch();
  void CloseBatch();
  void FailBatch(const std::string& why);
  void Closed(bool failed);  // wakes the batch's turns
  static void WakeUp(Wake& wake);
  void NoteJoined(std::uint64_t batch);

  // The plain mutex without a database thread; with it, guards the queue and every Turn's state.
  std::mutex mutex_;
  std::condition_variable queued_;  // the database thread waits here for turns
  std::deque<Turn*> queue_;
  bool stopping_ = false;
  std::thread thread_;  // the database thread, once batching is on
  std::atomic<int> waiting_{0};
  std::atomic<std::uint64_t> committed_batches_{0};
  // Only the database thread touches these (and the connection) while it runs:
  Database* db_ = nullptr;  // null: no batching
  std::function<void()> on_rollback_;
  bool batch_open_ = false;
  int holders_ = 0;            // turns so far in the open batch
  std::uint64_t batch_ = 0;    // number of the open (or last) batch
  std::vector<std::shared_ptr<Wake>> members_;  // the open batch's Run turns, woken when it closes
  // Guarded by outcome_mutex_ (what WaitCommitted reads):
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
