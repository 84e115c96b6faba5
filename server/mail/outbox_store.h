// The outbox table (docs/notifications.md): messages written beside the events that cause them,
// the sender's queries (what is due, what happened to each delivery), and the lists people see.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse::mail {

struct OutboxMessage {
  std::int64_t id = 0;
  std::string message_id;  // stable across retries: "<token@host>"
  std::string kind;        // notifications::NoticeKindName
  std::string audience;    // notifications::AudienceName
  std::string about_cpr;   // the applicant it concerns ('' for a school's message)
  std::string institution; // the school it goes to ('' otherwise)
  std::int64_t application_id = 0;
  std::string recipient;   // an e-mail address; '' when there is none (state "unaddressed")
  std::string language;    // "da" or "en"
  std::string subject;
  std::string body_text;
  std::string body_html;
  std::string once_key;    // at most one message per key (reminders); '' for none
  std::int64_t created_at = 0;
  std::int64_t due_at = 0;
  int attempts = 0;
  std::string state = "pending";  // pending, sent, failed, unaddressed
  std::optional<std::int64_t> sent_at;
  std::string last_error;
};

// Adds a message (a row with an existing once_key is left as it is).
Result<void> AddMessage(store::Database& db, const OutboxMessage& message);
// Whether an unsent message of this kind to this recipient about this application waits still
// (a change receipt in its quiet time, which later changes join).
Result<bool> HasPending(store::Database& db, std::string_view kind, std::int64_t application_id, std::string_view recipient);

// Messages due at `now` that have an address, oldest first.
Result<std::vector<OutboxMessage>> DueMessages(store::Database& db, std::int64_t now, int limit);
Result<void> MarkSent(store::Database& db, std::int64_t id, int attempts, std::int64_t at);
Result<void> MarkRetry(store::Database& db, std::int64_t id, int attempts, std::int64_t due_at, std::string_view error);
Result<void> MarkFailed(store::Database& db, std::int64_t id, int attempts, std::string_view error);
// How many messages are in a state ("pending", "failed", ...): for /api/v1/health.
Result<std::int64_t> CountInState(store::Database& db, std::string_view state);

// The messages about a person (as applicant, or to their guardians), newest first.
Result<std::vector<OutboxMessage>> MessagesAbout(store::Database& db, std::string_view cpr, int limit);
// The messages to the guardians about any of these children, newest first.
Result<std::vector<OutboxMessage>> GuardianMessagesAbout(store::Database& db, const std::vector<std::string>& children, int limit);
// The messages to a school, newest first.
Result<std::vector<OutboxMessage>> MessagesToSchool(store::Database& db, std::string_view institution, int limit);

// The language a person last used the app in (Danish when never recorded), and recording it.
Result<std::string> LanguageOf(store::Database& db, std::string_view cpr);
Result<void> RememberLanguage(store::Database& db, std::string_view cpr, std::string_view language);

}  // namespace optagelse::mail
