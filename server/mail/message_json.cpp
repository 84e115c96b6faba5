// Outbox messages as JSON: see message_json.h.
#include "mail/message_json.h"

#include "calendar/instant.h"
#include "wire/message_wire.h"

namespace optagelse::mail {

notifications::MessageRecord RecordOf(const OutboxMessage& message) {
  notifications::MessageRecord record;
  record.id = message.id;
  record.kind = message.kind;
  record.audience = message.audience;
  record.to = message.recipient;
  record.language = message.language;
  record.subject = message.subject;
  record.text = message.body_text;
  record.written_at = FormatIsoInstant(message.created_at);
  record.state = message.state;
  if (message.sent_at) record.sent_at = FormatIsoInstant(*message.sent_at);
  record.attempts = message.attempts;
  record.error = message.last_error;
  return record;
}

wire::Json MessageJson(const OutboxMessage& message) { return wire::MessageRecordToJson(RecordOf(message)); }

}  // namespace optagelse::mail
