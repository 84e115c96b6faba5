// The deadline-hour load test: see load_bench.h.
#include "bench/load_bench.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

#include "bench/applicant_visits.h"
#include "bench/attack_clients.h"
#include "bench/bench_server.h"
#include "bench/lean_http_client.h"
#include "bench/request_tally.h"
#include "cli/demo_generator.h"
#include "wire/registry_wire.h"

namespace optagelse::bench {
namespace {

// Successful submissions so far, sampled every 10 s for the rate over the run.
std::atomic<std::int64_t> submits_done = 0;

void PrintRow(std::ostream& out, const std::string& kind, std::vector<std::int64_t>& micros, std::int64_t errors, double seconds) {
  std::sort(micros.begin(), micros.end());
  auto at = [&](double q) { return micros.empty() ? 0.0 : micros[std::min(micros.size() - 1, static_cast<std::size_t>(q * micros.size()))] / 1000.0; };
  char line[200];
  std::snprintf(line, sizeof line, "  %-18s %9zu  %8.1f/s  p50 %7.2f ms  p99 %7.2f ms  max %8.2f ms  errors %lld\n", kind.c_str(),
                micros.size(), micros.size() / seconds, at(0.5), at(0.99), micros.empty() ? 0.0 : micros.back() / 1000.0,
                static_cast<long long>(errors));
  out << line;
}

}  // namespace

int RunLoadBench(const LoadOptions& options, std::ostream& out) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("optagelse-load-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const auto dataset = tools::GenerateDemoData({2027, options.applicants});
  std::ofstream(dir / "demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  std::vector<std::string> applicants, guardian_of;
  for (const auto& person : dataset.persons) {
    if (person.guardians.empty()) continue;
    applicants.push_back(person.cpr);
    guardian_of.push_back(person.guardians.front());
  }
  std::string pupil_csv = "cpr;navn;instnr;uddannelseskode;klassetrin;klasse;startdato\n";
  for (std::size_t i = 0; i < applicants.size() && i < 500; ++i) pupil_csv += applicants[i] + ";Elev;101002;4800;9;9.A;2026-08-12\n";

  auto server = BenchServer::Start(options.server,
                                   {"--db", (dir / "load.db").string(), "--demo-data", (dir / "demo.json").string(), "--demo-login", "yes",
                                    "--threads", std::to_string(options.server_threads), "--now", "2027-02-28T22:00:00Z", "--today",
                                    "2027-02-28", "--retention", "off", "--logins-per-address", "1000000", "--logins-per-person", "1000",
                                    // every bench client is 127.0.0.1; attackers come from other addresses
                                    "--connections-per-address", std::to_string(options.connections + 8)},
                                   out);
  if (!server) return 1;
  const int port = server->port();

  out << "load: " << options.seconds << " s, " << applicants.size() << " applicants on " << options.connections
      << " connections, server with " << options.server_threads << " threads, port " << port << "\n";
  std::atomic<bool> stop = false;
  std::mutex tally_mutex;
  Tally total;
  std::vector<std::thread> threads;
  for (int c = 0; c < options.connections; ++c) {
    threads.emplace_back([&, c] {
      Tally tally;
      std::int64_t submissions = 0;
      LeanHttpClient client("127.0.0.1", port);
      // This connection's applicants, each logged in at first and again every visit_turns turns.
      struct Applicant {
        std::string cpr, guardian;
        std::optional<Session> session;
        std::int64_t version = 0;
        int turns = 0;
      };
      std::vector<Applicant> mine;
      for (std::size_t i = c; i < applicants.size(); i += options.connections) mine.push_back({applicants[i], guardian_of[i], {}, 0, 0});
      for (std::size_t turn = 0; !stop && !mine.empty(); ++turn) {
        Applicant& me = mine[turn % mine.size()];
        if (!me.session || me.turns % options.visit_turns == 0) {
          if (me.session) Timed(tally, "logout", 200, [&] { return client.Delete("/api/v1/session", me.session->headers); });
          me.session = Login(client, tally, R"({"role":"citizen","cpr":")" + me.cpr + R"("})", me.cpr);
          if (!me.session) continue;
        }
        ++me.turns;
        const auto submitted = SaveAndSubmit(client, tally, *me.session, me.version);
        if (!submitted) continue;
        ++submits_done;
        me.version = submitted->value("version", std::int64_t{0});
        const bool needs_signature = (*submitted)["signature"].value("required", false);  // the applicant is under 18
        if (needs_signature && ++submissions % options.sign_every == 0) GuardianSigns(client, tally, me.guardian, me.cpr);
      }
      std::lock_guard lock(tally_mutex);
      total.Merge(tally);
    });
  }
  // A school re-imports its report and a region takes a snapshot and makes a trial run on its own
  // snapshot (not publishable before the deadline), every 5 seconds each.
  threads.emplace_back([&] {
    Tally tally;
    LeanHttpClient client("127.0.0.1", port);
    auto school = Login(client, tally, R"({"role":"school","organisation":"101002"})", "");
    auto region = Login(client, tally, R"({"role":"region","organisation":"1084"})", "");
    while (!stop && school && region) {
      Timed(tally, "pupil import", 200, [&] { return client.Post("/api/v1/schools/101002/pupil-reports", school->headers, pupil_csv, "text/csv"); });
      auto snapshot = Timed(tally, "alloc. snapshot", 200, [&] {
        return client.Post("/api/v1/regions/1084/allocation-snapshots", region->headers, R"({"default_capacity": 50})", "application/json");
      });
      if (snapshot && snapshot->status == 200) {
        Timed(tally, "alloc. trial run", 201, [&] {
          return client.Post("/api/v1/regions/1084/allocations", region->headers, R"({"default_capacity": 50})", "application/json");
        });
      }
      for (int i = 0; i < 50 && !stop; ++i) std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    std::lock_guard lock(tally_mutex);
    total.Merge(tally);
  });

  StartAttackers(options.attacks, port, stop, [&](const Tally& tally) {
    std::lock_guard lock(tally_mutex);
    total.Merge(tally);
  }, threads);

  const auto start = Clock::now();
  std::vector<long> memory;
  std::vector<std::int64_t> submits_at{0};
  // Samples at 1 s, then every 10 s on the clock (not counted sleeps, which drift).
  std::this_thread::sleep_until(start + std::chrono::seconds(std::min(1, options.seconds)));
  memory.push_back(server->PrivateKilobytes());
  for (int at = 10; at <= options.seconds; at += 10) {
    std::this_thread::sleep_until(start + std::chrono::seconds(at));
    memory.push_back(server->PrivateKilobytes());
    submits_at.push_back(submits_done.load());
  }
  std::this_thread::sleep_until(start + std::chrono::seconds(options.seconds));
  stop = true;
  for (auto& thread : threads) thread.join();
  const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  server.reset();

  out << "  request               count      rate\n";
  std::int64_t errors = 0;
  for (auto& [kind, micros] : total.micros) {
    PrintRow(out, kind, micros, total.errors[kind], seconds);
    errors += total.errors[kind];
  }
  for (const auto& [cause, count] : total.causes) out << "  error " << cause << " x" << count << "\n";
  for (const auto& [event, count] : total.events) out << "  attack " << event << " x" << count << "\n";
  // Sustained means the last minute as well as the first: the rate per minute of the run.
  out << "  submits/s per minute:";
  for (std::size_t i = 6; i < submits_at.size(); i += 6) out << " " << (submits_at[i] - submits_at[i - 6]) / 60;
  out << "\n";
  out << "  server private memory (RssAnon, MB, every 10 s):";
  for (const long kb : memory) out << " " << kb / 1024;
  out << "\n";
  std::filesystem::remove_all(dir);
  return errors == 0 ? 0 : 1;
}

}  // namespace optagelse::bench
