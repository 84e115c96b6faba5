// Insight (privacy notice "Ret til at se oplysninger"; issue "Who may see what"): everything this
// system holds about one person, in one JSON document - their register data, guardians and
// children, every application with its history, signatures and forrang decisions, the signatures
// they gave as a guardian, attachments (described; each can be downloaded), the schools' reports
// about them, their UPV history, travel times, the audit trail about them, and for each part who
// may correct it and when it will be deleted (from the year's retention rules).
// Other people appear only as the person may see them: guardians and children by name unless
// protected, never by CPR number.
#pragma once

#include <string>

#include "core/problem.h"
#include "service_context.h"
#include "wire/json.h"

namespace optagelse::insight {

inline constexpr const char* kInsightFormat = "optagelse-insight-1";

// The document about `cpr` as of `today`; the caller holds the database lock. kCprNotInRegister
// when the person is unknown.
Result<wire::Json> InsightOf(ServiceContext& context, const std::string& cpr, const Date& today, const std::string& generated_at);

}  // namespace optagelse::insight
