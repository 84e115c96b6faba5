// The deadline hour on loopback (issue "Hardening"): a real server on a fresh SQLite file, many
// applicants logging in, saving drafts and submitting, guardians logging in, reading and signing
// the submitted application and logging out, while a school imports a pupil report and a region
// previews the allocation. Prints the rate and latency of each kind of
// request and the server's memory over the run. Budget: >= 1,000 submits/s, p99 < 100 ms, no
// errors, memory flat over a 10-minute soak (--seconds 600); with --slow-clients 80 --login-flood
// the same, and a fresh client answered in under 1 s throughout.
#pragma once

#include <ostream>
#include <string>

#include "bench/attack_clients.h"

namespace optagelse::bench {

struct LoadOptions {
  int seconds = 60;
  int applicants = 2000;    // each saves and submits again and again (changing their order of wishes)
  int visit_turns = 4;      // an applicant logs in afresh every this many save-and-submit turns
  int sign_every = 4;       // after every this many submissions a guardian logs in, reads, signs, logs out
  int connections = 16;     // client threads, each with a keep-alive connection
  int server_threads = 64;  // the server's worker pool (--threads, its default)
  std::string server;       // the optagelse-server binary
  AttackOptions attacks;    // slow clients and a login flood beside the load (the hardening budget in docs/measurements.md)
};

int RunLoadBench(const LoadOptions& options, std::ostream& out);

}  // namespace optagelse::bench
