// The outbox's sender: see outbox_sender.h.
#include "mail/outbox_sender.h"

#include <chrono>
#include <iostream>
#include <optional>

#include "audit/audit_log.h"
#include "clock.h"
#include "mail/outbox_store.h"
#include "mail/reminder_sweep.h"
#include "notifications/notice_timing.h"

namespace optagelse::mail {
namespace {

constexpr auto kIdlePoll = std::chrono::milliseconds(250);
constexpr std::int64_t kReminderSweepSeconds = 60;

// What a delivery's outcome does to its row, and the audit entry for the person it concerns.
Result<void> Record(store::Database& db, const OutboxMessage& message, const Delivery& delivery, std::int64_t now,
                    std::int64_t retry_base) {
  const int attempts = message.attempts + 1;
  std::string action;
  Result<void> done;
  if (delivery.outcome == Delivery::Outcome::kDelivered) {
    done = MarkSent(db, message.id, attempts, now);
    action = "send message";
  } else if (delivery.outcome == Delivery::Outcome::kRefused ||
             now - message.created_at >= notifications::kGiveUpAfterSeconds) {
    done = MarkFailed(db, message.id, attempts, delivery.reason);
    action = "message not delivered";
  } else {
    return MarkRetry(db, message.id, attempts, now + notifications::RetryDelaySeconds(attempts, retry_base), delivery.reason);
  }
  if (!done) return done;
  if (message.about_cpr.empty()) return {};
  return audit::Append(db, {audit::AuditEntry{0, clock::NowIso(), "system", "outbox", message.about_cpr, action,
                                              "message " + std::to_string(message.id) + " " + message.kind, ""}});
}

}  // namespace

OutboxSender::OutboxSender(ServiceContext& context, std::vector<std::unique_ptr<Channel>> channels, SenderSettings settings)
    : context_(context), channels_(std::move(channels)), settings_(settings), thread_([this] { Loop(); }) {}

OutboxSender::~OutboxSender() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  stop_requested_ = true;
  wake_.notify_all();
  thread_.join();
}

void OutboxSender::Loop() {
  std::int64_t last_sweep = 0;
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
    }
    if (const std::int64_t now = clock::NowSeconds(); now - last_sweep >= kReminderSweepSeconds) {
      last_sweep = now;
      SweepOnce(now);
    }
    if (!channels_.empty() && SendDue()) continue;
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, kIdlePoll, [this] { return stopping_; });
  }
}

void OutboxSender::SweepOnce(std::int64_t now) {
  std::lock_guard lock(context_.db_mutex);
  auto transaction = store::Transaction::Begin(context_.db);
  if (!transaction) return;
  auto reminded = SweepReminders(context_, now);
  if (!reminded) {
    std::cerr << "outbox: reminders: " << reminded.error().detail << "\n";
    return;
  }
  if (*reminded > 0) {
    if (transaction->Commit()) std::cout << "outbox: deadline reminders for " << *reminded << " applications" << std::endl;
  }
}

bool OutboxSender::SendDue() {
  Result<std::vector<OutboxMessage>> due;
  {
    std::lock_guard lock(context_.db_mutex);
    due = DueMessages(context_.db, clock::NowSeconds(), settings_.batch);
  }
  if (!due) {
    std::cerr << "outbox: " << due.error().detail << "\n";
    return false;
  }
  if (due->empty()) return false;
  // Each channel delivers every n-th message of the batch on its own thread and connection; once
  // the server stops, no new delivery begins (the ones not begun stay due).
  std::vector<std::optional<Delivery>> outcomes(due->size());
  std::vector<std::thread> workers;
  for (std::size_t c = 0; c < channels_.size() && c < due->size(); ++c) {
    workers.emplace_back([this, c, &due, &outcomes] {
      for (std::size_t i = c; i < due->size() && !stop_requested_.load(); i += channels_.size()) {
        outcomes[i] = channels_[c]->Deliver((*due)[i]);
      }
    });
  }
  for (std::thread& worker : workers) worker.join();
  std::lock_guard lock(context_.db_mutex);
  auto transaction = store::Transaction::Begin(context_.db);
  if (!transaction) return false;
  const std::int64_t now = clock::NowSeconds();
  std::uint64_t delivered = 0;
  bool progressed = false;
  for (std::size_t i = 0; i < due->size(); ++i) {
    if (!outcomes[i]) continue;
    if (auto recorded = Record(context_.db, (*due)[i], *outcomes[i], now, settings_.retry_base_seconds); !recorded) {
      std::cerr << "outbox: " << recorded.error().detail << "\n";
      return false;
    }
    if (outcomes[i]->outcome == Delivery::Outcome::kDelivered) ++delivered;
    if (outcomes[i]->outcome != Delivery::Outcome::kTryLater) progressed = true;
  }
  if (auto committed = transaction->Commit(); !committed) return false;
  delivered_ += delivered;
  // Everything put off: wait for the poll before looking again (those rows are not due yet anyway).
  return progressed;
}

}  // namespace optagelse::mail
