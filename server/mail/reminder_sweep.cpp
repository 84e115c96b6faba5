// Deadline reminders: see reminder_sweep.h.
#include "mail/reminder_sweep.h"

#include <vector>

#include "applications/application_rules.h"
#include "mail/notices.h"
#include "notifications/notice_timing.h"

namespace optagelse::mail {
namespace {

using notifications::NoticeKind;

// Applications in the state the reminder is for that have not had it yet.
Result<std::vector<std::int64_t>> NotYetReminded(store::Database& db, int year, NoticeKind kind) {
  const bool draft = kind == NoticeKind::kReminderDraft;
  auto statement = db.Prepare(std::string("SELECT a.id FROM applications a WHERE a.admission_year = ? AND a.withdrawn = 0 AND ") +
                              (draft ? "a.submitted = 0" : "a.submitted = 1 AND a.completed_at IS NULL") +
                              " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.application_id = a.id AND o.kind = ?) ORDER BY a.id");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, static_cast<std::int64_t>(year)).Bind(2, notifications::NoticeKindName(kind));
  std::vector<std::int64_t> ids;
  auto done = store::ForEachRow(*statement, [&ids](const store::Statement& row) { ids.push_back(row.ColumnInt(0)); });
  if (!done) return Fail(done.error());
  return ids;
}

}  // namespace

Result<int> SweepReminders(ServiceContext& context, std::int64_t now) {
  auto rules = context.rules.ForYear(context.application_year);
  if (!rules || !(*rules)->application) return 0;
  const auto& window = *(*rules)->application;
  if (!notifications::InReminderWindow(applications::DeadlineAt(window), now)) return 0;
  notifications::NoticeFacts facts;
  facts.deadline = window.deadline_date;
  int reminded = 0;
  for (const NoticeKind kind : {NoticeKind::kReminderDraft, NoticeKind::kReminderSignature}) {
    auto ids = NotYetReminded(context.db, context.application_year, kind);
    if (!ids) return Fail(ids.error());
    for (const std::int64_t id : *ids) {
      auto application = store::FindApplicationById(context.db, id);
      if (!application) return Fail(application.error());
      if (!*application) continue;
      auto told = kind == NoticeKind::kReminderDraft ? TellApplicant(context.db, context.notices, kind, **application, facts)
                                                     : TellGuardians(context.db, context.notices, kind, **application, facts);
      if (!told) return Fail(told.error());
      ++reminded;
    }
  }
  return reminded;
}

}  // namespace optagelse::mail
