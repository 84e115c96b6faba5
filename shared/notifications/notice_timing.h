// When the service writes and resends messages (docs/notifications.md "Timing"):
// - a reminder goes kReminderLeadDays before the deadline (a draft never sent; a minor's
//   application still waiting for a signature), once;
// - a receipt for a change waits kChangeQuietSeconds after the first change, and the changes made
//   meanwhile join it: repeated saves make one receipt, not a storm;
// - a delivery the mail server put off (down, 4xx) is tried again after a delay that doubles from
//   the base up to an hour, for kGiveUpAfterSeconds; a 5xx answer ends it at once.
#pragma once

#include <cstdint>

namespace optagelse::notifications {

inline constexpr int kReminderLeadDays = 3;
inline constexpr std::int64_t kChangeQuietSeconds = 10 * 60;
inline constexpr std::int64_t kMaxRetryDelaySeconds = 60 * 60;
inline constexpr std::int64_t kGiveUpAfterSeconds = 3 * 24 * 60 * 60;

// Whether `now` is inside the reminder window of a deadline (both Unix seconds).
bool InReminderWindow(std::int64_t deadline, std::int64_t now);

// The wait before attempt number `attempts + 1` after `attempts` failed ones (attempts >= 1).
std::int64_t RetryDelaySeconds(int attempts, std::int64_t base_seconds);

}  // namespace optagelse::notifications
