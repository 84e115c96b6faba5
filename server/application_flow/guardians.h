// Whether someone is a minor today (the core's age of majority, from the birth date in the CPR
// number), and telling the guardians with custody that something happened to their child's
// application. Who the guardians are is the store's (store/register_lookup.h).
#pragma once

#include <string>
#include <vector>

#include "calendar/date.h"
#include "store/database.h"

namespace optagelse::applications_service {

bool IsMinor(std::string_view cpr, const Date& today);
Result<void> NotifyGuardians(store::Database& db, std::string_view child_cpr, std::int64_t application_id, std::string_view kind);

}  // namespace optagelse::applications_service
