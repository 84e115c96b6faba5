// One flush for many commits: see group_commit.h.
#include "store/group_commit.h"

#include <algorithm>

namespace optagelse::store {

Result<void> GroupCommit::WaitDurable() {
  const std::uint64_t target = commits_.load();
  std::unique_lock lock(mutex_);
  while (durable_ < target) {
    if (failed_) {
      return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "database", "the write-ahead log could not be flushed"));
    }
    if (flushing_) {
      flushed_changed_.wait(lock);
      continue;
    }
    // Lead a flush covering every commit counted until now, mine and everyone else's.
    flushing_ = true;
    const std::uint64_t upto = commits_.load();
    lock.unlock();
    auto flushed = flush_();
    flushes_.fetch_add(1);
    lock.lock();
    flushing_ = false;
    if (flushed) {
      durable_ = std::max(durable_, upto);
    } else {
      failed_ = true;
    }
    // Woken after the mutex is free: a waiter woken while it is held sleeps again on the mutex,
    // and the wake-ups of a whole batch's requests then follow one another instead of overlapping.
    lock.unlock();
    flushed_changed_.notify_all();
    if (!flushed) return Fail(flushed.error());
    lock.lock();
  }
  return {};
}

}  // namespace optagelse::store
