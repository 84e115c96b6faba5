// The deadline reminders (notifications/notice_timing.h): inside the reminder window before the
// application deadline, an applicant with a draft never sent is reminded, and the guardians of an
// application still waiting for a signature are; each once. Run by the sender's thread.
#pragma once

#include <cstdint>

#include "core/problem.h"
#include "service_context.h"

namespace optagelse::mail {

// Writes the reminders due at `now` for the application year; how many applications were reminded.
// The caller holds the database.
Result<int> SweepReminders(ServiceContext& context, std::int64_t now);

}  // namespace optagelse::mail
