// A message as its reader sees it afterwards ("Beskeder" in the app, the insight export): what was
// written to whom, when, and what became of it. The one shape the server writes and the app reads
// (wire/message_wire.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace optagelse::notifications {

struct MessageRecord {
  std::int64_t id = 0;
  std::string kind;        // NoticeKindName
  std::string audience;    // AudienceName
  std::string to;          // the address, or "" when there was none (shown in the app only)
  std::string language;    // "da" or "en"
  std::string subject;
  std::string text;        // the plain text (the HTML part says the same)
  std::string written_at;  // ISO 8601 UTC
  std::string state;       // "pending", "sent", "failed", "unaddressed"
  std::optional<std::string> sent_at;
  int attempts = 0;
  std::string error;       // the mail server's last answer when it was not taken
  friend bool operator==(const MessageRecord&, const MessageRecord&) = default;
};

}  // namespace optagelse::notifications
