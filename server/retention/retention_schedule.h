// The server's daily retention run: a thread that wakes at a fixed minute of the day (UTC, the
// server's clock, so --now moves it too), runs the retention job under the database lock and logs
// its report (no personal data). Stopped and joined by its destructor.
#pragma once

#include <condition_variable>
#include <mutex>
#include <thread>

#include "service_context.h"

namespace optagelse::retention_job {

class DailyRetention {
 public:
  DailyRetention(ServiceContext& context, int minute_of_day);
  ~DailyRetention();
  DailyRetention(const DailyRetention&) = delete;
  DailyRetention& operator=(const DailyRetention&) = delete;

 private:
  void Loop();
  void RunOnce();

  ServiceContext& context_;
  const int minute_of_day_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace optagelse::retention_job
