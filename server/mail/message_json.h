// An outbox message as the app and the insight export show it: what was sent, to which address,
// when, and whether it arrived. The body is the plain text (the HTML says the same).
#pragma once

#include "mail/outbox_store.h"
#include "wire/json.h"

namespace optagelse::mail {

wire::Json MessageJson(const OutboxMessage& message);

}  // namespace optagelse::mail
