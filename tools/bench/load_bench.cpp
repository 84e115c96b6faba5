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

#include "bench/attack_clients.h"
#include "bench/bench_server.h"
#include "bench/lean_http_client.h"
#include "bench/request_tally.h"
#include "cli/demo_generator.h"
#include "wire/registry_wire.h"

namespace optagelse::bench {
namespace {

struct Session {
  HeaderList headers;
  std::string cpr;
};

std::optional<Session> Login(LeanHttpClient& client, Tally& tally, const std::string& body, const std::string& cpr) {
  auto result = Timed(tally, "login", 200, [&] { return client.Post("/api/v1/session", body, "application/json"); });
  if (!result || result->status != 200) return std::nullopt;
  const std::string& cookie = result->set_cookie;
  const auto csrf = nlohmann::json::parse(result->body, nullptr, false);
  if (csrf.is_discarded()) return std::nullopt;
  return Session{{{"Cookie", cookie.substr(0, cookie.find(';'))}, {"X-CSRF-Token", csrf.value("csrf_token", "")}}, cpr};
}

std::string Draft(std::int64_t version, bool swapped) {
  const std::string a = R"({"institution": "101001", "programme": "stx"})";
  const std::string b = R"({"institution": "147003", "programme": "hf"})";
  return R"({"version": )" + std::to_string(version) + R"(, "content": {"wishes": [)" + (swapped ? b + ", " + a : a + ", " + b) +
         R"(], "contact": {"email": "ung@example.dk"}}})";
}

// Successful submissions so far, sampled every 10 s for the rate over the run.
std::atomic<std::int64_t> submits_done = 0;

// One applicant's turn: save a changed draft, then submit it; returns the submitted application
// (its version, id and content hash), or nothing after an error.
std::optional<nlohmann::json> SaveAndSubmit(LeanHttpClient& client, Tally& tally, const Session& me, std::int64_t version) {
  auto saved = Timed(tally, "save draft", 200,
                     [&] { return client.Put("/api/v1/me/application", me.headers, Draft(version, version % 2 == 1), "application/json"); });
  if (!saved || saved->status != 200) return std::nullopt;
  const auto json = nlohmann::json::parse(saved->body, nullptr, false);
  const std::int64_t saved_version = json.is_discarded() ? -1 : json["application"].value("version", std::int64_t{-1});
  auto submitted = Timed(tally, "submit", 200, [&] {
    return client.Post("/api/v1/me/application/submit", me.headers, R"({"version": )" + std::to_string(saved_version) + "}",
                       "application/json");
  });
  if (!submitted || submitted->status != 200) return std::nullopt;
  ++submits_done;
  auto after = nlohmann::json::parse(submitted->body, nullptr, false);
  if (after.is_discarded() || !after["application"].is_object()) return std::nullopt;
  return after["application"];
}

// A guardian's visit: log in, read the children's applications, sign the one just submitted (the
// content hash read, as the app sends it), log out.
void GuardianSigns(LeanHttpClient& client, Tally& tally, const std::string& guardian_cpr, const std::string& child_cpr) {
  auto session = Login(client, tally, R"({"role":"citizen","cpr":")" + guardian_cpr + R"("})", guardian_cpr);
  if (!session) return;
  auto children = Timed(tally, "guardian reads", 200, [&] { return client.Get("/api/v1/me/children", session->headers); });
  const auto json = children && children->status == 200 ? nlohmann::json::parse(children->body, nullptr, false) : nlohmann::json();
  const nlohmann::json* application = nullptr;
  if (json.is_object() && json["children"].is_array()) {
    for (const auto& child : json["children"]) {
      if (child.value("cpr", "") == child_cpr && child["application"].is_object()) application = &child["application"];
    }
  }
  if (application == nullptr) {
    ++tally.errors["guardian reads"];
  } else {
    const std::string body = nlohmann::json{{"decision", "sign"}, {"content_sha256", application->value("content_sha256", "")}}.dump();
    const std::string path = "/api/v1/applications/" + std::to_string(application->value("id", std::int64_t{0})) + "/signature";
    Timed(tally, "guardian signs", 200, [&] { return client.Post(path, session->headers, body, "application/json"); });
  }
  Timed(tally, "logout", 200, [&] { return client.Delete("/api/v1/session", session->headers); });
}

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
