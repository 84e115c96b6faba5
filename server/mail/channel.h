// A way of delivering an outbox message (docs/notifications.md "Channels"). E-mail over SMTP is
// the first (smtp_channel.h); a Digital Post adapter would be another, addressing by CPR number
// (OutboxMessage::about_cpr) instead of an e-mail address. The sender does not know which it has.
#pragma once

#include <string>

#include "mail/outbox_store.h"

namespace optagelse::mail {

struct Delivery {
  enum class Outcome {
    kDelivered,  // the receiving server took it
    kTryLater,   // down, unreachable, or a 4xx answer: the message waits and is sent again
    kRefused     // a 5xx answer: it will never be taken; the reason is kept
  };
  Outcome outcome = Outcome::kTryLater;
  std::string reason;  // the server's answer or the transport's error, for the operator
};

class Channel {
 public:
  virtual ~Channel() = default;
  virtual Delivery Deliver(const OutboxMessage& message) = 0;
};

}  // namespace optagelse::mail
