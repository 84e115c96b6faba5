// The sender (docs/notifications.md "Delivery"): a thread off the request path that takes the
// messages due from the outbox, delivers them through its channels (one connection each, in
// parallel) without holding the database, and writes down what happened: sent; tried again later
// with a doubling delay (server down, 4xx); failed for good with the reason (5xx, or no success
// for three days). Every delivery and failure is audited for the person it concerns.
//
// A crash between a delivery and its record sends the message again on restart, with the same
// Message-ID; a clean stop lets the deliveries under way finish and records them first.
// Without channels (no --smtp-url) it delivers nothing and only writes the deadline reminders.
#pragma once

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "mail/channel.h"
#include "service_context.h"

namespace optagelse::mail {

struct SenderSettings {
  std::int64_t retry_base_seconds = 60;  // --smtp-retry-seconds: the first wait after a put-off delivery
  int batch = 64;                        // messages taken per turn
};

class OutboxSender {
 public:
  OutboxSender(ServiceContext& context, std::vector<std::unique_ptr<Channel>> channels, SenderSettings settings);
  ~OutboxSender();
  OutboxSender(const OutboxSender&) = delete;
  OutboxSender& operator=(const OutboxSender&) = delete;

  std::uint64_t delivered() const { return delivered_.load(); }

 private:
  void Loop();
  // Writes the deadline reminders due (reminder_sweep.h).
  void SweepOnce(std::int64_t now);
  // Sends one batch; false when nothing was due.
  bool SendDue();

  ServiceContext& context_;
  std::vector<std::unique_ptr<Channel>> channels_;
  const SenderSettings settings_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  std::atomic<bool> stop_requested_ = false;  // read by the delivering threads
  std::atomic<std::uint64_t> delivered_ = 0;
  std::thread thread_;
};

}  // namespace optagelse::mail
