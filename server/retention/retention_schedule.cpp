// The daily retention run: see retention_schedule.h.
#include "retention/retention_schedule.h"

#include <chrono>
#include <iostream>

#include "clock.h"
#include "core/messages.h"
#include "retention/retention_job.h"
#include "retention/retention_report.h"

namespace optagelse::retention_job {
namespace {

constexpr std::int64_t kDay = 24 * 60 * 60;

// Seconds from `now` to the next time the clock shows minute_of_day (UTC); a full day when it is now.
std::int64_t SecondsUntil(std::int64_t now, int minute_of_day) {
  const std::int64_t today_at = now - now % kDay + static_cast<std::int64_t>(minute_of_day) * 60;
  return today_at > now ? today_at - now : today_at + kDay - now;
}

}  // namespace

DailyRetention::DailyRetention(ServiceContext& context, int minute_of_day)
    : context_(context), minute_of_day_(minute_of_day), thread_([this] { Loop(); }) {}

DailyRetention::~DailyRetention() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DailyRetention::Loop() {
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    const auto wait = std::chrono::seconds(SecondsUntil(clock::NowSeconds(), minute_of_day_));
    if (wake_.wait_for(lock, wait, [this] { return stopping_; })) return;
    lock.unlock();
    RunOnce();
    lock.lock();
  }
}

void DailyRetention::RunOnce() {
  Options options;
  options.today = clock::Today();
  options.dry_run = false;
  options.at = clock::NowIso();
  options.actor = "daily retention";
  store::AloneTurn db_lock(context_.db_mutex);  // its WAL checkpoint cannot run inside a batch
  auto report = Run(context_.db, context_.rules.Retention(), options);
  if (!report) {
    std::cerr << "retention: " << MessageFor(report.error(), Language::kEnglish) << "\n";
    return;
  }
  context_.allocation_cache.Clear();  // a deleted run must not live on in memory
  std::cout << "retention: " << wire::Dump(ReportJson(*report)) << std::endl;
}

}  // namespace optagelse::retention_job
