// A real local SMTP server for the mail tests and the outbox benchmark: tools/mail/smtp_sink.py
// (Debian's python3-aiosmtpd) on a loopback port, delivering into a Maildir that is read back here.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bench/child_process.h"

namespace optagelse::bench {

struct SmtpSinkOptions {
  int port = 0;                // 0: any free port
  std::string maildir;         // created if missing
  double delay_seconds = 0;    // before answering each DATA
  std::string refuse_domain;   // 550 for recipients at this domain
  int tempfail = 0;            // 451 for the first N messages
};

class SmtpSink {
 public:
  // Null (with what it printed in `output`) if it did not come up within 20 s.
  static std::unique_ptr<SmtpSink> Start(const SmtpSinkOptions& options, std::string& output);

  int port() const { return port_; }
  std::string url() const { return "smtp://127.0.0.1:" + std::to_string(port_); }
  void Stop() { process_->Stop(); }
  // The messages delivered so far, as received (headers and body), oldest first.
  std::vector<std::string> Messages() const;
  std::size_t Count() const;

 private:
  SmtpSink(std::unique_ptr<ChildProcess> process, int port, std::string maildir)
      : process_(std::move(process)), port_(port), maildir_(std::move(maildir)) {}
  std::unique_ptr<ChildProcess> process_;
  int port_;
  std::string maildir_;
};

// The value of a header in a message ("" when absent).
std::string MailHeader(const std::string& message, const std::string& name);

}  // namespace optagelse::bench
