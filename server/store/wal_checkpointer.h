// The server's WAL checkpoints, on a connection and a thread of their own.
//
// A checkpoint copies the pages committed to the write-ahead log back into the database file and
// flushes both (fdatasync). Run where SQLite's default runs it - in the commit that filled the log
// past 1,000 pages - it held the one database thread (store/connection_lock.h) for the copy and
// two flushes while every request waited behind it. Here the commit only wakes this thread, which
// checkpoints PASSIVE on its own connection to the same file: it copies what no reader still needs
// and never blocks the writer, which goes on appending to the log meanwhile. SQLite coordinates the
// two connections through the WAL index; a crash during a checkpoint is recovered as any other.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "core/problem.h"
#include "store/group_commit.h"

struct sqlite3;

namespace optagelse::store {

class WalCheckpointer {
 public:
  // Opens a second connection to the database at path. commits counts each commit it is told of.
  static Result<std::unique_ptr<WalCheckpointer>> Start(const std::string& path, GroupCommit& commits);
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;
  ~WalCheckpointer();  // lets a checkpoint under way finish, then closes its connection

  // After each commit (the writer's WAL hook): counts it, and once the log holds wal_pages >= the
  // threshold asks for a checkpoint. Asking while one runs asks for one more after it.
  void AfterCommit(int wal_pages);

  // Checkpoints finished so far (each may have copied all, part or none of the log).
  std::uint64_t checkpoints() const;

  static constexpr int kThresholdPages = 1000;  // SQLite's own automatic checkpoint size

 private:
  WalCheckpointer(sqlite3* connection, GroupCommit& commits);
  void Run();

  sqlite3* connection_;
  GroupCommit& commits_;
  mutable std::mutex mutex_;
  std::condition_variable wanted_;
  bool requested_ = false;    // guarded by mutex_
  bool stopping_ = false;     // guarded by mutex_
  std::uint64_t done_ = 0;    // guarded by mutex_
  std::thread thread_;        // last: starts once everything above exists
};

}  // namespace optagelse::store
