// Who the guardians with custody of a person are (from the CPR register), whether someone is under
// 18 today, and telling the guardians that something happened to their child's application.
#pragma once

#include <string>
#include <vector>

#include "calendar/date.h"
#include "store/database.h"

namespace optagelse::applications_service {

Result<std::vector<std::string>> GuardiansWithCustody(store::Database& db, std::string_view child_cpr);
Result<std::vector<std::string>> ChildrenInCustody(store::Database& db, std::string_view guardian_cpr);
bool UnderEighteen(std::string_view cpr, const Date& today);
Result<void> NotifyGuardians(store::Database& db, std::string_view child_cpr, std::int64_t application_id, std::string_view kind);

}  // namespace optagelse::applications_service
