// The outbox against a real local mail server (tools/mail/smtp_sink.py): how fast a queue of
// messages drains (budget: 10,000 at >= 100 messages/s), and what a mail server that takes 5 s to
// answer does to the applicants' saves and submissions (budget: nothing - sending is off the request
// path), against the same visits with no mail server configured.
#pragma once

#include <ostream>
#include <string>

namespace optagelse::bench {

int RunMailBench(const std::string& server_binary, int messages, int applicants, std::ostream& out);

}  // namespace optagelse::bench
