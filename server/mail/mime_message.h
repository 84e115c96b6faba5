// An outbox message as an Internet message (RFC 5322 with MIME, RFC 2045-2047): headers, a plain
// text part and an HTML part (multipart/alternative), UTF-8 in base64, CRLF line ends. The
// Message-ID is the outbox row's, so a message sent again after a crash is recognisably the same.
#pragma once

#include <string>

#include "mail/outbox_store.h"

namespace optagelse::mail {

std::string FormatMimeMessage(const OutboxMessage& message, const std::string& from_address);

// RFC 5322 date-time of a Unix time, in UTC: "Mon, 07 Dec 2026 22:10:49 +0000".
std::string FormatMailDate(std::int64_t unix_seconds);

}  // namespace optagelse::mail
