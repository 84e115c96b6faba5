// The attacks one after another, with the budget's checks after each: see attack_bench.h.
#include "bench/attack_bench.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "bench/attack_clients.h"
#include "bench/bench_server.h"
#include "bench/lean_http_client.h"
#include "bench/loopback_socket.h"
#include "cli/demo_generator.h"
#include "wire/registry_wire.h"

namespace optagelse::bench {
namespace {

constexpr const char* kAttacker = "127.0.0.2";
constexpr double kFreshBudgetMs = 1000;
constexpr long kMemoryBudgetKb = 150 * 1024;

using Answers = std::map<std::string, std::int64_t>;  // "413" or why there was no answer -> how many

void Count(Answers& answers, const LeanResult& result) { ++answers[result ? std::to_string(result->status) : result.error()]; }

double FreshClientMs(int port) {
  LeanHttpClient fresh("127.0.0.1", port, "127.0.0.4");
  const auto start = Clock::now();
  const LeanResult answer = fresh.Get("/api/v1/health", {});
  const double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  return answer && answer->status == 200 ? ms : -1;
}

// Sends bytes on a new connection from the attacker's address and returns all the server says
// until it closes the connection (or 3 s pass).
std::string RawExchange(int port, const std::string& bytes) {
  const int fd = ConnectFrom(kAttacker, port);
  if (fd < 0) return "";
  std::string said;
  if (send(fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) > 0) {
    for (pollfd entry{fd, POLLIN, 0}; poll(&entry, 1, 3000) > 0;) {
      char chunk[4096];
      const ssize_t n = recv(fd, chunk, sizeof chunk, 0);
      if (n <= 0) break;
      said.append(chunk, static_cast<std::size_t>(n));
    }
  }
  close(fd);
  return said;
}

std::string Pdf(std::size_t size, std::size_t n) {
  std::string pdf = "%PDF-1.4\n% " + std::to_string(n) + "\n";
  pdf.resize(std::max(size, pdf.size() + 8), ' ');
  return pdf + "\n%%EOF\n";
}

struct Attack {
  std::string name;
  std::function<Answers(int port)> run;
};

std::vector<Attack> Attacks(const std::string& citizen, const std::string& victim) {
  std::vector<Attack> attacks;
  attacks.push_back({"1 six 30 MB login bodies at once", [](int port) {
    Answers answers;
    std::vector<std::thread> six;
    std::mutex mutex;
    std::string huge = "[";
    while (huge.size() < 30u << 20) huge += "[],";
    huge += "[]]";
    for (int i = 0; i < 6; ++i) {
      six.emplace_back([&] {
        LeanHttpClient client("127.0.0.1", port, kAttacker);
        const LeanResult result = client.Post("/api/v1/session", huge, "application/json");
        std::lock_guard lock(mutex);
        Count(answers, result);
      });
    }
    for (auto& thread : six) thread.join();
    return answers;
  }});
  attacks.push_back({"2 60 logins naming 8 MB CPR values", [](int port) {
    Answers answers;
    const std::string cpr(8u << 20, '1');
    for (int i = 0; i < 60; ++i) {
      LeanHttpClient client("127.0.0.1", port, kAttacker);
      Count(answers, client.Post("/api/v1/session", R"({"role":"citizen","cpr":")" + cpr + std::to_string(i) + R"("})", "application/json"));
    }
    return answers;
  }});
  attacks.push_back({"3 2,000 failed logins naming one person", [victim](int port) {
    Answers answers;
    LeanHttpClient client("127.0.0.1", port, kAttacker);
    for (int i = 0; i < 2000; ++i) Count(answers, client.Post("/api/v1/session", R"({"role":"nobody","cpr":")" + victim + R"("})", "application/json"));
    LeanHttpClient own("127.0.0.1", port, "127.0.0.5");  // the person named, from their own address
    const LeanResult theirs = own.Post("/api/v1/session", R"({"role":"citizen","cpr":")" + victim + R"("})", "application/json");
    ++answers["the person's own login afterwards: " + (theirs ? std::to_string(theirs->status) : theirs.error())];
    return answers;
  }});
  attacks.push_back({"4 a 40 MB Content-Length, then a smuggled GET", [](int port) {
    Answers answers;
    for (int i = 0; i < 20; ++i) {
      const std::string said = RawExchange(port, "POST /api/v1/me/application HTTP/1.1\r\nHost: x\r\nContent-Length: 40000000\r\n\r\n"
                                                 "GET /api/v1/health HTTP/1.1\r\nHost: x\r\n\r\n");
      std::size_t answered = 0;
      for (std::size_t at = said.find("HTTP/1.1 "); at != std::string::npos; at = said.find("HTTP/1.1 ", at + 1)) ++answered;
      ++answers[said.substr(0, said.find("\r\n")) + ", answers " + std::to_string(answered)];
    }
    return answers;
  }});
  attacks.push_back({"5 80 heads, a line every 5 s, for 15 s", [](int port) {
    std::atomic<bool> stop = false;
    Answers answers;
    std::vector<std::thread> threads;
    Tally tally;
    StartAttackers({80, false}, port, stop, [&](const Tally& done) { tally.Merge(done); }, threads);
    std::this_thread::sleep_for(std::chrono::seconds(15));
    stop = true;
    for (auto& thread : threads) thread.join();
    for (const auto& [event, count] : tally.events) answers[event] = count;
    const auto& fresh = tally.micros["fresh client (new conn.)"];
    std::int64_t slowest = 0;
    for (const std::int64_t micros : fresh) slowest = std::max(slowest, micros);
    ++answers["fresh client during it (2/s), slowest: " + std::to_string(slowest / 1000) + " ms"];
    return answers;
  }});
  attacks.push_back({"9 one citizen: 10,000 small PDFs, 100 x 5 MiB", [citizen](int port) {
    Answers answers;
    LeanHttpClient login("127.0.0.1", port, "127.0.0.6");  // the citizen's own address (the attacker's is throttled by now)
    const LeanResult session = login.Post("/api/v1/session", R"({"role":"citizen","cpr":")" + citizen + R"("})", "application/json");
    if (!session || session->status != 200) return Answers{{"login failed", 1}};
    const std::string token = wire::ParseJson(session->body).value_or(wire::Json())["csrf_token"].get<std::string>();
    const HeaderList headers{{"Cookie", session->set_cookie.substr(0, session->set_cookie.find(';'))}, {"X-CSRF-Token", token}};
    LeanHttpClient client("127.0.0.1", port, "127.0.0.6");
    for (std::size_t i = 0; i < 10000; ++i) Count(answers, client.Post("/api/v1/me/attachments", headers, Pdf(200, i), "application/pdf"));
    for (std::size_t i = 0; i < 100; ++i) Count(answers, client.Post("/api/v1/me/attachments", headers, Pdf(5u << 20, 20000 + i), "application/pdf"));
    return answers;
  }});
  return attacks;
}

}  // namespace

int RunAttackBench(const std::string& server_binary, std::ostream& out) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("optagelse-attacks-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto dataset = tools::GenerateDemoData({2027, 50});
  std::ofstream(dir / "demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  std::vector<std::string> adults;
  for (const auto& person : dataset.persons) {
    if (person.guardians.empty()) adults.push_back(person.cpr);
  }
  if (adults.size() < 2) return 1;
  const std::string& citizen = adults[0];
  const std::string& victim = adults[1];
  auto server = BenchServer::Start(server_binary,
                                   {"--db", (dir / "attacks.db").string(), "--demo-data", (dir / "demo.json").string(), "--demo-login", "yes",
                                    "--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--retention", "off"},
                                   out);
  if (!server) return 1;
  out << "attacks on a server with its defaults (64 threads, 32 connections per address), port " << server->port() << "\n";
  bool within = true;
  for (const Attack& attack : Attacks(citizen, victim)) {
    out << "  " << attack.name << "\n" << std::flush;
    const Answers answers = attack.run(server->port());
    const double fresh_ms = FreshClientMs(server->port());
    const long peak_kb = server->PrivateKilobytes();
    const auto settle_start = Clock::now();
    long settled_kb = peak_kb;
    while (settled_kb >= kMemoryBudgetKb && Clock::now() - settle_start < std::chrono::seconds(10)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      settled_kb = server->PrivateKilobytes();
    }
    const bool ok = fresh_ms >= 0 && fresh_ms < kFreshBudgetMs && settled_kb < kMemoryBudgetKb;
    within = within && ok;
    char line[240];
    std::snprintf(line, sizeof line, "    fresh client after it %7.1f ms; server private memory %4ld MB, within 10 s %4ld MB: %s\n", fresh_ms,
                  peak_kb / 1024, settled_kb / 1024, ok ? "ok" : "OVER BUDGET");
    out << line << "    answered:";
    for (const auto& [answer, count] : answers) out << " " << answer << " x" << count << ";";
    out << "\n";
  }
  server.reset();
  std::filesystem::remove_all(dir);
  return within ? 0 : 1;
}

}  // namespace optagelse::bench
