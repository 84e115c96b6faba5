// The words of each message, in Danish and English, as plain text and HTML. A message says what
// happened and where to log in; it never carries sensitive data (no CPR number, forrang ground,
// grade or health information): the reader logs in to see the details.
#pragma once

#include <optional>
#include <string>

#include "calendar/date.h"
#include "core/language.h"
#include "notifications/notice_kind.h"

namespace optagelse::notifications {

struct NoticeFacts {
  std::string service_url;       // where to log in (--public-url)
  std::string reference;         // the application's receipt number, or the report's
  std::optional<Date> deadline;  // the reminders' deadline day
  std::string comment;           // the guardian's comment when declining
  int rows_accepted = 0;         // a pupil report: rows taken in
  int rows_rejected = 0;         // a pupil report: rows not taken in (filtered out or rejected)
};

struct NoticeText {
  std::string subject;
  std::string plain;
  std::string html;
};

NoticeText ComposeNotice(NoticeKind kind, Language language, const NoticeFacts& facts);

}  // namespace optagelse::notifications
