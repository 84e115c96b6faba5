// Writes the messages an event causes into the outbox, inside the event's own transaction (the
// caller's database turn): an event is never without its message, and a refused request, rolled
// back, leaves none (docs/notifications.md). Who gets what is decided here; the words are the
// core's (notifications/notice_text.h), in the language each person last used the app in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "notifications/notice_kind.h"
#include "notifications/notice_text.h"
#include "store/application_store.h"
#include "store/database.h"

namespace optagelse::mail {

struct NoticeSettings {
  std::string public_url;                          // --public-url: the link in every message
  std::string message_host = "optagelse.invalid";  // the right-hand side of Message-IDs (public URL's host)
};

// To the applicant's own address (contact.email); recorded without an address when there is none.
Result<void> TellApplicant(store::Database& db, const NoticeSettings& settings, notifications::NoticeKind kind,
                           const store::StoredApplication& application, notifications::NoticeFacts facts = {});
// To the guardians' addresses the applicant gave (contact.guardian_emails).
Result<void> TellGuardians(store::Database& db, const NoticeSettings& settings, notifications::NoticeKind kind,
                           const store::StoredApplication& application, notifications::NoticeFacts facts = {});
// To every applicant of a published allocation: the answer is out (their application of that year).
Result<void> TellApplicantsTheAnswer(store::Database& db, const NoticeSettings& settings, const std::vector<std::string>& applicant_cprs,
                                     int admission_year);
// To a school (its address from the institution catalogue, or recorded for its staff only).
Result<void> TellSchool(store::Database& db, const NoticeSettings& settings, notifications::NoticeKind kind,
                        std::string_view institution, notifications::NoticeFacts facts);

// The host part of a public URL ("https://optagelse.example.dk/" -> "optagelse.example.dk").
std::string HostOf(std::string_view url);

}  // namespace optagelse::mail
