// Attackers beside the load: see attack_clients.h.
#include "bench/attack_clients.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <string>

#include "bench/loopback_socket.h"

namespace optagelse::bench {
namespace {

constexpr auto kSlowLineEvery = std::chrono::seconds(5);

// A connection from `from` with its head begun, or -1.
int OpenSlow(int port, const char* from) {
  const int fd = ConnectFrom(from, port);
  const std::string begun = "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n";
  if (fd >= 0 && send(fd, begun.data(), begun.size(), MSG_NOSIGNAL) <= 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// True when the server answered (a 429) or closed the connection: anything readable ends it.
bool ServerEnded(int fd) {
  pollfd entry{fd, POLLIN, 0};
  return poll(&entry, 1, 0) > 0;
}

void SlowClients(int count, int port, const std::atomic<bool>& stop, Tally& tally) {
  struct Slow {
    int fd = -1;
    Clock::time_point next_line;
  };
  std::vector<Slow> slow(static_cast<std::size_t>(count));
  while (!stop) {
    const auto now = Clock::now();
    for (Slow& connection : slow) {
      if (connection.fd >= 0 && ServerEnded(connection.fd)) {
        close(connection.fd);
        connection.fd = -1;
        ++tally.events["slow client: connection ended by the server"];
      }
      if (connection.fd < 0) {
        connection.fd = OpenSlow(port, "127.0.0.2");
        connection.next_line = now + kSlowLineEvery;
        ++tally.events["slow client: connections opened"];
      } else if (now >= connection.next_line) {
        (void)!send(connection.fd, "X-Slow: 1\r\n", 11, MSG_NOSIGNAL);
        connection.next_line = now + kSlowLineEvery;
      }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  for (Slow& connection : slow) {
    if (connection.fd >= 0) close(connection.fd);
  }
}

void LoginFlood(int port, const std::atomic<bool>& stop, Tally& tally) {
  LeanHttpClient client("127.0.0.1", port, "127.0.0.3");
  std::int64_t n = 0;
  while (!stop) {
    // A well-formed CPR number of nobody in the register (day 31 of month 12, year 00-99 varied).
    const std::string cpr = "3112" + std::to_string(10 + n++ % 90) + "0000";
    const LeanResult answer = client.Post("/api/v1/session", R"({"role":"citizen","cpr":")" + cpr + R"("})", "application/json");
    ++tally.events["login flood: " + (answer ? "status " + std::to_string(answer->status) : answer.error())];
  }
}

void FreshClient(int port, const std::atomic<bool>& stop, Tally& tally) {
  while (!stop) {
    LeanHttpClient client("127.0.0.1", port, "127.0.0.4");  // a new connection each time
    Timed(tally, "fresh client (new conn.)", 200, [&] { return client.Get("/api/v1/health", {}); });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
  }
}

}  // namespace

void StartAttackers(const AttackOptions& options, int port, const std::atomic<bool>& stop,
                    const std::function<void(const Tally&)>& merge, std::vector<std::thread>& threads) {
  const auto attacker = [&stop, merge](auto work) {
    return [&stop, merge, work] {
      Tally tally;
      work(tally);
      merge(tally);
    };
  };
  if (options.slow_clients > 0) {
    const int count = options.slow_clients;
    threads.emplace_back(attacker([count, port, &stop](Tally& tally) { SlowClients(count, port, stop, tally); }));
  }
  if (options.login_flood) threads.emplace_back(attacker([port, &stop](Tally& tally) { LoginFlood(port, stop, tally); }));
  if (options.slow_clients > 0 || options.login_flood) {
    threads.emplace_back(attacker([port, &stop](Tally& tally) { FreshClient(port, stop, tally); }));
  }
}

}  // namespace optagelse::bench
