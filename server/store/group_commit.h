// Group commit: many requests' commits made durable by one flush of the write-ahead log.
//
// With one SQLite connection, a commit that flushes the WAL itself (synchronous=FULL) holds the
// connection while the disk works, so every other request waits for each flush in turn. Instead
// the server's connection commits with synchronous=NORMAL (the WAL is written, not flushed) and
// counts each commit; before a response leaves, WaitDurable() makes sure a flush that started
// after every commit counted so far has finished. One flush serves all the requests waiting at
// that moment, and the connection is free while it runs. No response is sent - and so no write
// acknowledged or shown to anyone - before it is on disk.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>

#include "core/problem.h"

namespace optagelse::store {

class GroupCommit {
 public:
  // flush makes everything written to the WAL so far durable (fdatasync of the WAL file).
  using Flush = std::function<Result<void>()>;
  explicit GroupCommit(Flush flush) : flush_(std::move(flush)) {}

  // Called after each commit has been written to the WAL (SQLite's WAL hook).
  void NoteCommit() { commits_.fetch_add(1); }

  // Returns once every commit noted before the call is durable: at once when they already are,
  // else after this thread's flush or the flush of another thread that started after them. After
  // a failed flush nothing more is made durable here (Linux may drop the unflushed pages and a
  // later flush succeed without them): every later wait for a commit fails, until a restart
  // recovers from what is on disk.
  Result<void> WaitDurable();

  std::uint64_t commits() const { return commits_.load(); }
  std::uint64_t flushes() const { return flushes_.load(); }

 private:
  Flush flush_;
  std::atomic<std::uint64_t> commits_{0};
  std::atomic<std::uint64_t> flushes_{0};
  std::mutex mutex_;
  std::condition_variable flushed_changed_;
  std::uint64_t durable_ = 0;      // commits up to this count are on disk; guarded by mutex_
  bool failed_ = false;            // a flush has failed; guarded by mutex_
  bool flushing_ = false;          // a thread is flushing now; guarded by mutex_
};

}  // namespace optagelse::store
