// Delivery by e-mail through an SMTP server, with libcurl: smtp:// (STARTTLS required unless the
// server is on this machine's loopback, where it is used when offered) or smtps:// (TLS from the
// first byte), optionally with a user name and password. One instance keeps its connection open
// between messages; use one per sending thread.
#pragma once

#include <memory>
#include <string>

#include "mail/channel.h"

namespace optagelse::mail {

struct SmtpSettings {
  std::string url;       // --smtp-url: smtp://host:port or smtps://host:port
  std::string from;      // --smtp-from: the envelope sender and From address
  std::string user;      // --smtp-user
  std::string password;  // read from --smtp-password-file
  int timeout_seconds = 60;
};

class SmtpChannel : public Channel {
 public:
  explicit SmtpChannel(SmtpSettings settings);
  ~SmtpChannel() override;
  SmtpChannel(const SmtpChannel&) = delete;
  SmtpChannel& operator=(const SmtpChannel&) = delete;

  Delivery Deliver(const OutboxMessage& message) override;

 private:
  SmtpSettings settings_;
  void* curl_ = nullptr;  // CURL*, kept for its connection cache
};

// Starts libcurl once for the process (before any thread uses it).
void InitialiseCurl();
// Whether the URL's host is a loopback address or "localhost".
bool IsLoopbackUrl(const std::string& url);

}  // namespace optagelse::mail
