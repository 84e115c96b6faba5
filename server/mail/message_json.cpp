// Outbox messages as JSON: see message_json.h.
#include "mail/message_json.h"

#include "calendar/instant.h"

namespace optagelse::mail {

wire::Json MessageJson(const OutboxMessage& message) {
  return wire::Json{{"id", message.id},
                    {"kind", message.kind},
                    {"audience", message.audience},
                    {"to", message.recipient},
                    {"language", message.language},
                    {"subject", message.subject},
                    {"text", message.body_text},
                    {"written_at", FormatIsoInstant(message.created_at)},
                    {"state", message.state},
                    {"sent_at", message.sent_at ? wire::Json(FormatIsoInstant(*message.sent_at)) : wire::Json(nullptr)},
                    {"attempts", message.attempts},
                    {"error", message.last_error}};
}

}  // namespace optagelse::mail
