// The outbox bench: see mail_bench.h.
#include "bench/mail_bench.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <thread>

#include "bench/applicant_visits.h"
#include "bench/bench_server.h"
#include "bench/smtp_sink.h"
#include "cli/demo_generator.h"
#include "mail/outbox_store.h"
#include "notifications/notice_text.h"
#include "store/database.h"
#include "store/migrations.h"
#include "wire/registry_wire.h"

namespace optagelse::bench {
namespace {

std::vector<std::string> MailFlags(const SmtpSink& sink) {
  return {"--smtp-url", sink.url(), "--smtp-from", "noreply@optagelse.test", "--public-url", "http://optagelse.test"};
}

// A database whose outbox holds `messages` receipts due now.
bool QueueMessages(const std::filesystem::path& db_path, int messages, std::ostream& out) {
  auto db = store::Database::Open(db_path.string());
  if (!db || !store::Migrate(*db)) return false;
  auto transaction = store::Transaction::Begin(*db);
  if (!transaction) return false;
  const auto text = notifications::ComposeNotice(notifications::NoticeKind::kApplicationSent, Language::kDanish,
                                                 {"http://optagelse.test", "2027-1", std::nullopt, "", 0, 0});
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  for (int i = 0; i < messages; ++i) {
    mail::OutboxMessage message;
    message.message_id = "<bench-" + std::to_string(i) + "@optagelse.test>";
    message.kind = "application_sent";
    message.audience = "applicant";
    message.recipient = "ung" + std::to_string(i) + "@example.dk";
    message.language = "da";
    message.subject = text.subject;
    message.body_text = text.plain;
    message.body_html = text.html;
    message.created_at = message.due_at = now - 1;
    if (!mail::AddMessage(*db, message)) return false;
  }
  if (!transaction->Commit()) return false;
  out << "mail: " << messages << " messages queued\n";
  return true;
}

double Percentile(std::vector<std::int64_t> micros, double p) {
  if (micros.empty()) return 0;
  std::sort(micros.begin(), micros.end());
  return static_cast<double>(micros[std::min(micros.size() - 1, static_cast<std::size_t>(p * static_cast<double>(micros.size())))]) / 1000.0;
}

// Every applicant saves and submits once (8 connections); the tally of their requests.
Tally Visits(int port, const std::vector<std::string>& applicants) {
  Tally total;
  std::vector<Tally> tallies(8);
  std::vector<std::thread> workers;
  for (std::size_t t = 0; t < tallies.size(); ++t) {
    workers.emplace_back([&, t] {
      LeanHttpClient client("127.0.0.1", port);
      for (std::size_t i = t; i < applicants.size(); i += tallies.size()) {
        auto session = Login(client, tallies[t], R"({"role":"citizen","cpr":")" + applicants[i] + R"("})", applicants[i]);
        if (session) SaveAndSubmit(client, tallies[t], *session, 0);
      }
    });
  }
  for (auto& worker : workers) worker.join();
  for (const Tally& tally : tallies) total.Merge(tally);
  return total;
}

void Report(const std::string& what, const Tally& tally, std::ostream& out) {
  std::int64_t errors = 0;
  for (const auto& [kind, count] : tally.errors) errors += count;
  out << "  " << what << ": save p50 " << Percentile(tally.micros.count("save draft") ? tally.micros.at("save draft") : std::vector<std::int64_t>{}, 0.5)
      << " ms, p99 " << Percentile(tally.micros.count("save draft") ? tally.micros.at("save draft") : std::vector<std::int64_t>{}, 0.99)
      << " ms; submit p99 " << Percentile(tally.micros.count("submit") ? tally.micros.at("submit") : std::vector<std::int64_t>{}, 0.99)
      << " ms; errors " << errors << "\n";
}

}  // namespace

int RunMailBench(const std::string& server_binary, int messages, int applicants, std::ostream& out) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("optagelse-mail-" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  int failures = 0;
  {
    // 1. The drain: a queue of messages, the server started on it, until the mail server has them all.
    if (!QueueMessages(dir / "drain.db", messages, out)) return 1;
    std::string output;
    auto sink = SmtpSink::Start({0, (dir / "drain-maildir").string(), 0, "", 0}, output);
    if (!sink) return (out << output), 1;
    std::vector<std::string> flags{"--db", (dir / "drain.db").string(), "--demo-login", "yes", "--retention", "off"};
    const auto mail_flags = MailFlags(*sink);
    flags.insert(flags.end(), mail_flags.begin(), mail_flags.end());
    const auto start = Clock::now();
    auto server = BenchServer::Start(server_binary, flags, out);
    if (!server) return 1;
    while (sink->Count() < static_cast<std::size_t>(messages) && Clock::now() - start < std::chrono::minutes(10)) {
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    const std::size_t arrived = sink->Count();
    server.reset();
    auto db = store::Database::Open((dir / "drain.db").string());
    const auto sent = db ? db->QueryInt("SELECT count(*) FROM outbox WHERE state = 'sent'") : Result<std::int64_t>(0);
    out << "mail drain: " << arrived << " of " << messages << " messages delivered in " << seconds << " s = "
        << static_cast<double>(arrived) / seconds << " messages/s (budget >= 100/s), " << (sent ? *sent : 0)
        << " recorded as sent; server start-up included\n";
    if (arrived < static_cast<std::size_t>(messages) || static_cast<double>(arrived) / seconds < 100) ++failures;
  }
  {
    // 2. Saves and submissions with no mail server configured, then with one that takes 5 s to answer.
    const auto dataset = tools::GenerateDemoData({2027, applicants * 2});
    std::ofstream(dir / "demo.json") << wire::Dump(wire::DatasetToJson(dataset));
    std::vector<std::string> people;
    for (const auto& person : dataset.persons) {
      if (!person.guardians.empty()) people.push_back(person.cpr);
    }
    people.resize(std::min(people.size(), static_cast<std::size_t>(applicants * 2)));
    const std::size_t half = people.size() / 2;
    std::string output;
    auto sink = SmtpSink::Start({0, (dir / "slow-maildir").string(), 5.0, "", 0}, output);
    if (!sink) return (out << output), 1;
    std::vector<std::string> flags{"--db", (dir / "visits.db").string(), "--demo-data", (dir / "demo.json").string(), "--demo-login",
                                   "yes", "--now", "2027-02-20T12:00:00Z", "--today", "2027-02-20", "--retention", "off",
                                   "--logins-per-address", "1000000", "--logins-per-person", "1000", "--connections-per-address", "64"};
    out << "mail and requests: " << half << " applicants save and submit on 8 connections, each run\n";
    {
      auto server = BenchServer::Start(server_binary, flags, out);
      if (!server) return 1;
      Report("no mail server", Visits(server->port(), {people.begin(), people.begin() + static_cast<std::ptrdiff_t>(half)}), out);
    }
    const auto mail_flags = MailFlags(*sink);
    flags.insert(flags.end(), mail_flags.begin(), mail_flags.end());
    auto server = BenchServer::Start(server_binary, flags, out);
    if (!server) return 1;
    const Tally slow = Visits(server->port(), {people.begin() + static_cast<std::ptrdiff_t>(half), people.end()});
    Report("a mail server answering after 5 s", slow, out);
    out << "  delivered meanwhile: " << sink->Count() << " (4 connections, 5 s each)\n";
  }
  std::filesystem::remove_all(dir);
  return failures == 0 ? 0 : 1;
}

}  // namespace optagelse::bench
