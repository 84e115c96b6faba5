// An outbox row as the app and the insight export show it (notifications/message_record.h, in the
// JSON of wire/message_wire.h).
#pragma once

#include "mail/outbox_store.h"
#include "notifications/message_record.h"
#include "wire/json.h"

namespace optagelse::mail {

notifications::MessageRecord RecordOf(const OutboxMessage& message);
wire::Json MessageJson(const OutboxMessage& message);

}  // namespace optagelse::mail
