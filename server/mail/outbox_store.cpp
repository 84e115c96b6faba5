// The outbox's SQL: see outbox_store.h.
#include "mail/outbox_store.h"

#include <algorithm>

namespace optagelse::mail {
namespace {

constexpr std::string_view kColumns =
    "id, message_id, kind, audience, coalesce(about_cpr, ''), coalesce(institution, ''), coalesce(application_id, 0), recipient,"
    " language, subject, body_text, body_html, coalesce(once_key, ''), created_at, due_at, attempts, state, sent_at, last_error";

OutboxMessage ReadMessage(const store::Statement& row) {
  OutboxMessage m;
  m.id = row.ColumnInt(0);
  m.message_id = row.ColumnText(1);
  m.kind = row.ColumnText(2);
  m.audience = row.ColumnText(3);
  m.about_cpr = row.ColumnText(4);
  m.institution = row.ColumnText(5);
  m.application_id = row.ColumnInt(6);
  m.recipient = row.ColumnText(7);
  m.language = row.ColumnText(8);
  m.subject = row.ColumnText(9);
  m.body_text = row.ColumnText(10);
  m.body_html = row.ColumnText(11);
  m.once_key = row.ColumnText(12);
  m.created_at = row.ColumnInt(13);
  m.due_at = row.ColumnInt(14);
  m.attempts = static_cast<int>(row.ColumnInt(15));
  m.state = row.ColumnText(16);
  if (!row.ColumnIsNull(17)) m.sent_at = row.ColumnInt(17);
  m.last_error = row.ColumnText(18);
  return m;
}

Result<std::vector<OutboxMessage>> ReadAll(store::Statement& statement) {
  std::vector<OutboxMessage> out;
  auto done = store::ForEachRow(statement, [&out](const store::Statement& row) { out.push_back(ReadMessage(row)); });
  if (!done) return Fail(done.error());
  return out;
}

void BindOptionalText(store::Statement& statement, int index, const std::string& text) {
  if (text.empty()) {
    statement.BindNull(index);
  } else {
    statement.Bind(index, text);
  }
}

std::string Select(std::string_view rest) { return "SELECT " + std::string(kColumns) + " FROM outbox " + std::string(rest); }

}  // namespace

Result<void> AddMessage(store::Database& db, const OutboxMessage& m) {
  auto statement = db.Prepare(
      "INSERT OR IGNORE INTO outbox (message_id, kind, audience, about_cpr, institution, application_id, recipient, language,"
      " subject, body_text, body_html, once_key, created_at, due_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, m.message_id).Bind(2, m.kind).Bind(3, m.audience);
  BindOptionalText(*statement, 4, m.about_cpr);
  BindOptionalText(*statement, 5, m.institution);
  if (m.application_id > 0) {
    statement->Bind(6, m.application_id);
  } else {
    statement->BindNull(6);
  }
  statement->Bind(7, m.recipient).Bind(8, m.language).Bind(9, m.subject).Bind(10, m.body_text).Bind(11, m.body_html);
  BindOptionalText(*statement, 12, m.once_key);
  statement->Bind(13, m.created_at).Bind(14, m.due_at).Bind(15, m.recipient.empty() ? std::string_view("unaddressed") : m.state);
  return statement->Run();
}

Result<bool> HasPending(store::Database& db, std::string_view kind, std::int64_t application_id, std::string_view recipient) {
  auto statement = db.Prepare(
      "SELECT count(*) FROM outbox WHERE application_id = ? AND kind = ? AND recipient = ? AND state IN ('pending', 'unaddressed')"
      " AND sent_at IS NULL AND attempts = 0");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, kind).Bind(3, recipient);
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  return *row && statement->ColumnInt(0) > 0;
}

Result<std::vector<OutboxMessage>> DueMessages(store::Database& db, std::int64_t now, int limit) {
  auto statement = db.Prepare(Select("WHERE state = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?"));
  if (!statement) return Fail(statement.error());
  statement->Bind(1, now).Bind(2, static_cast<std::int64_t>(limit));
  return ReadAll(*statement);
}

Result<void> MarkSent(store::Database& db, std::int64_t id, int attempts, std::int64_t at) {
  auto statement = db.Prepare("UPDATE outbox SET state = 'sent', attempts = ?, sent_at = ?, last_error = '' WHERE id = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, static_cast<std::int64_t>(attempts)).Bind(2, at).Bind(3, id);
  return statement->Run();
}

Result<void> MarkRetry(store::Database& db, std::int64_t id, int attempts, std::int64_t due_at, std::string_view error) {
  auto statement = db.Prepare("UPDATE outbox SET attempts = ?, due_at = ?, last_error = ? WHERE id = ? AND state = 'pending'");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, static_cast<std::int64_t>(attempts)).Bind(2, due_at).Bind(3, error).Bind(4, id);
  return statement->Run();
}

Result<void> MarkFailed(store::Database& db, std::int64_t id, int attempts, std::string_view error) {
  auto statement = db.Prepare("UPDATE outbox SET state = 'failed', attempts = ?, last_error = ? WHERE id = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, static_cast<std::int64_t>(attempts)).Bind(2, error).Bind(3, id);
  return statement->Run();
}

Result<std::int64_t> CountInState(store::Database& db, std::string_view state) {
  auto statement = db.Prepare("SELECT count(*) FROM outbox WHERE state = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, state);
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  return *row ? statement->ColumnInt(0) : 0;
}

Result<std::vector<OutboxMessage>> MessagesAbout(store::Database& db, std::string_view cpr, int limit) {
  auto statement = db.Prepare(Select("WHERE about_cpr = ? AND audience = 'applicant' ORDER BY id DESC LIMIT ?"));
  if (!statement) return Fail(statement.error());
  statement->Bind(1, cpr).Bind(2, static_cast<std::int64_t>(limit));
  return ReadAll(*statement);
}

Result<std::vector<OutboxMessage>> GuardianMessagesAbout(store::Database& db, const std::vector<std::string>& children, int limit) {
  std::vector<OutboxMessage> out;
  for (const std::string& child : children) {
    auto statement = db.Prepare(Select("WHERE about_cpr = ? AND audience = 'guardians' ORDER BY id DESC LIMIT ?"));
    if (!statement) return Fail(statement.error());
    statement->Bind(1, child).Bind(2, static_cast<std::int64_t>(limit));
    auto messages = ReadAll(*statement);
    if (!messages) return Fail(messages.error());
    out.insert(out.end(), messages->begin(), messages->end());
  }
  std::sort(out.begin(), out.end(), [](const OutboxMessage& a, const OutboxMessage& b) { return a.id > b.id; });
  if (out.size() > static_cast<std::size_t>(limit)) out.resize(static_cast<std::size_t>(limit));
  return out;
}

Result<std::vector<OutboxMessage>> MessagesToSchool(store::Database& db, std::string_view institution, int limit) {
  auto statement = db.Prepare(Select("WHERE institution = ? AND audience = 'school' ORDER BY id DESC LIMIT ?"));
  if (!statement) return Fail(statement.error());
  statement->Bind(1, institution).Bind(2, static_cast<std::int64_t>(limit));
  return ReadAll(*statement);
}

Result<std::string> LanguageOf(store::Database& db, std::string_view cpr) {
  auto statement = db.Prepare("SELECT language FROM person_languages WHERE cpr = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, cpr);
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  return *row ? statement->ColumnText(0) : std::string("da");
}

Result<void> RememberLanguage(store::Database& db, std::string_view cpr, std::string_view language) {
  auto statement = db.Prepare(
      "INSERT INTO person_languages (cpr, language) VALUES (?, ?) ON CONFLICT (cpr) DO UPDATE SET language = excluded.language"
      " WHERE language != excluded.language");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, cpr).Bind(2, language);
  return statement->Run();
}

}  // namespace optagelse::mail
