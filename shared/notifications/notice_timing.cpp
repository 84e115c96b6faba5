// Reminder window and retry delays: see notice_timing.h.
#include "notifications/notice_timing.h"

#include <algorithm>

namespace optagelse::notifications {

bool InReminderWindow(std::int64_t deadline, std::int64_t now) {
  return now < deadline && deadline - now <= std::int64_t{kReminderLeadDays} * 24 * 60 * 60;
}

std::int64_t RetryDelaySeconds(int attempts, std::int64_t base_seconds) {
  std::int64_t delay = std::max<std::int64_t>(base_seconds, 1);
  for (int i = 1; i < attempts && delay < kMaxRetryDelaySeconds; ++i) delay *= 2;
  return std::min(delay, kMaxRetryDelaySeconds);
}

}  // namespace optagelse::notifications
