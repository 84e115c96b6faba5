// The server's allocation bench: see server_allocation_bench.h.
#include "bench/server_allocation_bench.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "bench/applicant_visits.h"
#include "bench/bench_server.h"
#include "cli/demo_generator.h"
#include "wire/registry_wire.h"

namespace optagelse::bench {
namespace {

std::vector<std::string> ServerFlags(const std::filesystem::path& dir, const std::string& now) {
  return {"--db", (dir / "allocation.db").string(), "--demo-data", (dir / "demo.json").string(), "--demo-login", "yes",
          "--now", now, "--today", now.substr(0, 10), "--retention", "off", "--logins-per-address", "1000000",
          "--logins-per-person", "1000", "--connections-per-address", "64"};
}

// Every applicant applies (and a guardian signs for a minor) on `threads` connections.
std::int64_t EveryoneApplies(int port, const std::vector<std::pair<std::string, std::string>>& applicants, int threads) {
  std::atomic<std::int64_t> complete = 0;
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) {
    workers.emplace_back([&, t] {
      Tally tally;
      LeanHttpClient client("127.0.0.1", port);
      for (std::size_t i = static_cast<std::size_t>(t); i < applicants.size(); i += static_cast<std::size_t>(threads)) {
        const auto& [cpr, guardian] = applicants[i];
        auto session = Login(client, tally, R"({"role":"citizen","cpr":")" + cpr + R"("})", cpr);
        if (!session) continue;
        const auto submitted = SaveAndSubmit(client, tally, *session, 0);
        client.Delete("/api/v1/session", session->headers);
        if (!submitted) continue;
        if ((*submitted)["signature"].value("required", false)) GuardianSigns(client, tally, guardian, cpr);
        ++complete;
      }
    });
  }
  for (auto& worker : workers) worker.join();
  return complete.load();
}

}  // namespace

int RunServerAllocationBench(const std::string& server_binary, int applicants, int runs, const std::string& keep_dir,
                             std::ostream& out) {
  const std::filesystem::path dir =
      keep_dir.empty() ? std::filesystem::temp_directory_path() / ("optagelse-allocation-" + std::to_string(getpid())) : std::filesystem::path(keep_dir);
  const bool reuse = !keep_dir.empty() && std::filesystem::exists(dir / "allocation.db");
  std::filesystem::create_directories(dir);
  const auto dataset = tools::GenerateDemoData({2027, applicants});
  std::ofstream(dir / "demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  std::vector<std::pair<std::string, std::string>> people;
  for (const auto& person : dataset.persons) {
    if (!person.guardians.empty()) people.emplace_back(person.cpr, person.guardians.front());
  }
  std::int64_t applied = reuse ? 1 : 0;
  if (!reuse) {
    auto server = BenchServer::Start(server_binary, ServerFlags(dir, "2027-02-20T12:00:00Z"), out);
    if (!server) return 1;
    const auto start = Clock::now();
    applied = EveryoneApplies(server->port(), people, 8);
    out << "allocate on the server: " << applied << " of " << people.size() << " applicants applied through the API in "
        << std::chrono::duration<double>(Clock::now() - start).count() << " s" << std::endl;
  }
  // After the deadline (1 March 2027, 23:59): the run that may be published.
  auto server = BenchServer::Start(server_binary, ServerFlags(dir, "2027-03-05T12:00:00Z"), out);
  if (!server) return 1;
  Tally tally;
  LeanHttpClient client("127.0.0.1", server->port());
  auto region = Login(client, tally, R"({"role":"region","organisation":"1084"})", "");
  if (!region) return 1;
  // Seats enough for most: the 1st wishes go to two offers, the rest to the nearest seat.
  const int capacity = std::max(60, applicants / 8);
  std::vector<double> seconds;
  int failures = 0;
  for (int run = 0; run < runs; ++run) {
    const auto start = Clock::now();
    const auto answer = client.Post("/api/v1/regions/1084/allocations", region->headers,
                                    R"({"admission_year": 2027, "seed": )" + std::to_string(run + 1) +
                                        R"(, "default_capacity": )" + std::to_string(capacity) + "}",
                                    "application/json");
    seconds.push_back(std::chrono::duration<double>(Clock::now() - start).count());
    if (!answer || answer->status != 201) {
      ++failures;
      out << "  run " << run + 1 << ": " << (answer ? std::to_string(answer->status) + " " + answer->body.substr(0, 300) : "no answer") << "\n";
    } else if (run == 0) {
      const auto json = nlohmann::json::parse(answer->body, nullptr, false);
      if (!json.is_discarded()) {
        out << "  run 1: " << json.value("placed", 0) << " placed, " << json.value("unplaced", 0) << " unplaced (default capacity "
            << capacity << ")\n";
      }
    }
  }
  std::sort(seconds.begin(), seconds.end());
  out << "  POST /regions/1084/allocations (snapshot from SQLite, run, results stored, audit rows): median "
      << seconds[seconds.size() / 2] << " s of " << runs << " (fastest " << seconds.front() << ", slowest " << seconds.back()
      << "); server private memory now " << server->PrivateKilobytes() / 1024 << " MB (budget 50,000 in < 2 s)\n";
  server.reset();
  if (keep_dir.empty()) std::filesystem::remove_all(dir);
  return failures == 0 && applied > 0 ? 0 : 1;
}

}  // namespace optagelse::bench
