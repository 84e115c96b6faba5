// GET /api/v1/health on the wire: the server's version and its database's state. The browser app
// decodes exactly what the server encodes, through these two functions.
#pragma once

#include <string>

#include "wire/json.h"

namespace optagelse::wire {

// The version of the API's shapes (the codecs in shared/wire). Raised whenever a request or answer
// changes so that an app built before cannot read or write it; the app compares it with its own and
// asks the user to reload the page when the server is newer (web/screens/version_check.h).
// 2: contact.guardian_emails and the messages (docs/notifications.md).
// 3: typed answers (docs/api-answers.md): members an audience does not get are null, who decides a
//    forrang claim is in forrang_deciders (not in the content), GET /api/v1/service.
inline constexpr int kProtocolVersion = 3;

struct HealthReport {
  std::string service = "optagelse";
  std::string version;
  int protocol = kProtocolVersion;  // 0 when the server said none (before protocol versions)
  std::string database_status;  // "ok" or "unavailable"
  int schema_version = 0;
  long long persons = 0;        // rows in the CPR register (demo data or imported)
  long long institutions = 0;
  long long commits = 0;        // since the server started; each made durable before its answer
  long long wal_flushes = 0;    // the flushes that made them durable (group commit: fewer than commits)
  long long messages_pending = 0;  // the outbox: waiting to be sent (docs/notifications.md)
  long long messages_failed = 0;   // ... and given up on (a 5xx answer, or three days of trying)

  friend bool operator==(const HealthReport&, const HealthReport&) = default;
};

Json HealthToJson(const HealthReport& report);
Result<HealthReport> HealthFromJson(const Json& value);

}  // namespace optagelse::wire
