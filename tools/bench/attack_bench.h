// The attacks of docs/threat-model.md one after another against one real server on loopback, each followed by
// the budget's two checks: a fresh client (a new connection from another address) is answered in
// under 1 s, and the server's private memory is back under 150 MB within 10 s. Prints, per attack,
// what the attacker was answered, the fresh client's time and the memory at the end and after.
#pragma once

#include <ostream>
#include <string>

namespace optagelse::bench {

int RunAttackBench(const std::string& server_binary, std::ostream& out);

}  // namespace optagelse::bench
