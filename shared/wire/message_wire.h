// The JSON of messages (GET /api/v1/me/messages, /schools/{i}/messages, the insight export):
// written by the server, read by the app, one codec.
#pragma once

#include <vector>

#include "core/problem.h"
#include "notifications/message_record.h"
#include "wire/json.h"

namespace optagelse::wire {

Json MessageRecordToJson(const notifications::MessageRecord& message);
Result<notifications::MessageRecord> MessageRecordFromJson(const Json& value);
// A list of them (the members of "messages" or "as_guardian"); a malformed entry fails the list.
Result<std::vector<notifications::MessageRecord>> MessageRecordsFromJson(const Json& list);

}  // namespace optagelse::wire
