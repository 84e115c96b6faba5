// Attackers beside the deadline-hour load (budgets in docs/measurements.md): clients that send their request
// heads a header line every 5 s and never finish them (from 127.0.0.2, reconnecting whenever the
// server closes one), a login flood of people nobody is (from 127.0.0.3, one connection, as fast as
// it goes), and a fresh client (127.0.0.4) asking for /api/v1/health on a new connection twice a
// second, whose latency is the budget: under 1 s throughout.
#pragma once

#include <atomic>
#include <functional>
#include <thread>
#include <vector>

#include "bench/request_tally.h"

namespace optagelse::bench {

struct AttackOptions {
  int slow_clients = 0;      // connections dribbling an unfinished head
  bool login_flood = false;  // one address logging in as nobody, without pause
};

// Starts the attackers' threads (and the fresh-client probe when there is any attacker); each
// merges its tally through `merge` when `stop` is set.
void StartAttackers(const AttackOptions& options, int port, const std::atomic<bool>& stop,
                    const std::function<void(const Tally&)>& merge, std::vector<std::thread>& threads);

}  // namespace optagelse::bench
