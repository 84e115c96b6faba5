// The Optagelse server: opens and migrates the SQLite database, loads demo data into an empty
// one, serves the API and the browser app, and shuts down cleanly on SIGTERM or SIGINT.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <optional>
#include <thread>

#include <httplib.h>

#include "auth/simulated_login.h"
#include "applications/application_rules.h"
#include "core/messages.h"
#include "demo_loader.h"
#include "http/server_hooks.h"
#include "listen_queue.h"
#include "retention/retention_schedule.h"
#include "routes/routes.h"
#include "server_options.h"
#include "server_setup.h"
#include "clock.h"
#include "service_context.h"
#include "statistics/pseudonym_key.h"
#include "store/migrations.h"

#ifndef OPTAGELSE_VERSION
#define OPTAGELSE_VERSION "dev"
#endif

namespace {

using optagelse::Language;
using optagelse::MessageFor;
using optagelse::Problem;

int ReportFailure(const std::string& what, const Problem& problem) {
  const std::string message = MessageFor(problem, Language::kEnglish);
  const bool detail_shown = problem.detail.empty() || message.find(problem.detail) != std::string::npos;
  std::cerr << "optagelse-server: " << what << ": " << message << (detail_shown ? "" : " " + problem.detail)
            << (problem.field.empty() ? "" : " [" + problem.field + "]") << "\n";
  return 1;
}

// Stops the server from one thread that waits for the (blocked) stop signals. A signal can come
// before the server's loop runs, when httplib's stop() would do nothing: so wait for the loop to
// be running (or to have ended) first.
std::thread StartSignalWatcher(httplib::Server& server, sigset_t signals, const std::atomic<bool>& listen_ended) {
  return std::thread([&server, signals, &listen_ended] {
    int received = 0;
    sigwait(&signals, &received);
    while (!server.is_running() && !listen_ended) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    server.stop();
  });
}

// The admission year applications are made for: the one asked for, else the first year whose
// deadline is still ahead, else the latest year with application rules.
optagelse::Result<int> ApplicationYear(const optagelse::wire::RuleCatalog& rules, std::optional<int> asked) {
  using optagelse::ErrorCode;
  if (asked) {
    auto year = rules.ForYear(*asked);
    if (!year || !(*year)->application) {
      return optagelse::Fail(optagelse::MakeError(ErrorCode::kApplicationNoRules, "--application-year", std::to_string(*asked)));
    }
    return *asked;
  }
  std::optional<int> latest;
  for (const int year : rules.Years()) {
    const auto& application = (*rules.ForYear(year))->application;
    if (!application) continue;
    latest = year;
    if (optagelse::applications::DeadlineAt(*application) >= optagelse::clock::NowSeconds()) return year;
  }
  if (!latest) return optagelse::Fail(optagelse::MakeError(ErrorCode::kApplicationNoRules, "--application-year", "none"));
  return *latest;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (optagelse::AsksForHelp(args)) {
    std::cout << optagelse::ServerUsage();
    return 0;
  }
  auto options = optagelse::ParseServerOptions(args);
  if (!options) {
    const int exit_code = ReportFailure("invalid option " + options.error().field, options.error()) + 1;
    std::cerr << "optagelse-server --help lists every option.\n";
    return exit_code;
  }
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  auto db = optagelse::store::Database::Open(options->database, optagelse::store::Durability::kGroupCommit);
  if (!db) return ReportFailure("cannot open " + options->database, db.error());
  if (auto migrated = optagelse::store::Migrate(*db); !migrated) return ReportFailure("migration", migrated.error());
  if (!options->demo_data.empty()) {
    auto loaded = optagelse::LoadDemoDataIfEmpty(*db, options->demo_data);
    if (!loaded) {
      for (const Problem& problem : loaded.error()) ReportFailure("demo data", problem);
      return 1;
    }
    if (auto durable = db->WaitDurable(); !durable) return ReportFailure("demo data", durable.error());
    std::cout << (*loaded == optagelse::LoadOutcome::kLoaded ? "demo data loaded\n" : "demo data already present\n");
  }
  if (!options->register_update.empty()) {
    auto updated = optagelse::ApplyRegisterUpdate(*db, options->register_update);
    if (!updated) {
      for (const Problem& problem : updated.error()) ReportFailure("register update", problem);
      return 1;
    }
    if (auto durable = db->WaitDurable(); !durable) return ReportFailure("register update", durable.error());
    std::cout << "register update applied: " << *updated << " persons\n";
  }

  optagelse::clock::SetFixedToday(options->today);
  if (options->now) optagelse::clock::SetNow(*options->now);
  auto rules = optagelse::wire::RuleCatalog::FromEmbedded();
  if (!rules) return ReportFailure("rule sets", rules.error());
  if (!rules->ForYear(options->upv_year)) {
    return ReportFailure("--upv-year", optagelse::MakeError(optagelse::ErrorCode::kUnknownRuleYear, "--upv-year", std::to_string(options->upv_year)));
  }
  auto application_year = ApplicationYear(*rules, options->application_year);
  if (!application_year) return ReportFailure("--application-year", application_year.error());
  optagelse::ServiceContext context{std::move(*db), {}, OPTAGELSE_VERSION, std::move(*rules), options->upv_year,
                                    *application_year, {}, options->demo_login, nullptr, {}, {}, {}, nullptr, {}, {}, {}, {}};
  if (options->demo_login) context.identity = std::make_unique<optagelse::auth::SimulatedLogin>(context.db);
  context.service_info = {options->operator_name, options->contact_email, options->contact_phone, options->demo_login};
  if (!options->oidc_issuer.empty()) {
    auto oidc = optagelse::MakeOidcClient(*options);
    if (!oidc) return ReportFailure(oidc.error().field, oidc.error());
    context.oidc = std::move(*oidc);
  }
  // A rolled-back batch may have held an allocation run whose number a later run gets (the offer
  // cache needs nothing: its change stamps are random, see store/offer_cache.h).
  context.db_mutex.BatchCommitsOf(context.db, [&context] { context.allocation_cache.Clear(); });
  auto statistics_key = optagelse::statistics::LoadOrCreateKey(
      options->statistics_key.empty() ? optagelse::statistics::DefaultKeyPath(options->database) : options->statistics_key);
  if (!statistics_key) return ReportFailure("--statistics-key", statistics_key.error());
  context.statistics_key = std::move(*statistics_key);
  context.login_throttle.SetLimits({options->logins_per_address, options->logins_per_person});
  context.trusted_proxy = options->trusted_proxy;
  context.notices = {options->public_url, optagelse::mail::HostOf(options->public_url)};
  auto served = optagelse::MakeHttpServer(*options);
  if (!served) return ReportFailure("--tls-cert", served.error());
  httplib::Server& server = **served;
  const int threads = options->threads;
  server.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
  // A kept-alive connection holds a worker thread: idle ones give it back after 2 s, so a burst of
  // clients beyond the pool waits at most that long. No Nagle: headers and body leave at once
  // (with it, a small answer waited for the client's delayed ACK, ~40 ms per request).
  server.set_keep_alive_max_count(100);
  server.set_keep_alive_timeout(2);
  server.set_tcp_nodelay(true);
  server.set_read_timeout(10);
  server.set_write_timeout(10);
  const optagelse::ListenQueue listen_queue(server);
  optagelse::http::RegisterGuards(server, options->max_body_bytes);
  optagelse::http::RegisterSecurityHeaders(server, options->tls_cert.empty() ? optagelse::http::Transport::kPlain
                                                                               : optagelse::http::Transport::kTls);
  optagelse::http::RegisterDurableAnswers(server, context);
  optagelse::routes::RegisterHealthRoutes(server, context);
  optagelse::routes::RegisterServiceInfoRoute(server, context);
  optagelse::routes::RegisterCprRoutes(server);
  optagelse::routes::RegisterSessionRoutes(server, context);
  optagelse::routes::RegisterOidcRoutes(server, context);
  optagelse::routes::RegisterDemoLoginRoute(server, context);
  optagelse::routes::RegisterPupilRoutes(server, context);
  optagelse::routes::RegisterUpvRoutes(server, context);
  optagelse::routes::RegisterUpvImportRoute(server, context);
  optagelse::routes::RegisterAllocationRoutes(server, context);
  optagelse::routes::RegisterPlacementRoutes(server, context);
  optagelse::routes::RegisterApplicationRoutes(server, context);
  optagelse::routes::RegisterAttachmentRoutes(server, context);
  optagelse::routes::RegisterGuardianRoutes(server, context);
  optagelse::routes::RegisterInstitutionInboxRoutes(server, context);
  optagelse::routes::RegisterRegionForrangRoutes(server, context);
  optagelse::routes::RegisterCounsellorInboxRoutes(server, context);
  optagelse::routes::RegisterTravelRoutes(server, context);
  optagelse::routes::RegisterMyAuditRoute(server, context);
  optagelse::routes::RegisterMyExportRoutes(server, context);
  optagelse::routes::RegisterMyRightsRoutes(server, context);
  optagelse::routes::RegisterStatisticsRoute(server, context);
  optagelse::routes::RegisterAllocationSnapshotRoute(server, context);
  optagelse::routes::RegisterMessagesRoutes(server, context);
  optagelse::routes::RegisterStaticFiles(server, options->web_root);

  int port = options->port;
  if (port == 0) {
    port = server.bind_to_any_port(options->host);
  } else if (!server.bind_to_port(options->host, port)) {
    port = -1;
  }
  if (port < 0) {
    std::cerr << "optagelse-server: cannot listen on " << options->host << ":" << options->port << "\n";
    return 1;
  }
  if (!listen_queue.Widen()) {
    std::cerr << "optagelse-server: the queue of new connections stays at httplib's 5: " << std::strerror(errno) << "\n";
  }
  std::optional<optagelse::retention_job::DailyRetention> retention;
  if (options->retention_minute) retention.emplace(context, *options->retention_minute);
  auto mail_sender = optagelse::StartMailSender(*options, context);
  if (!mail_sender) return ReportFailure(mail_sender.error().field, mail_sender.error());
  std::atomic<bool> listen_ended = false;
  std::thread watcher = StartSignalWatcher(server, signals, listen_ended);
  std::cout << "listening on " << (options->tls_cert.empty() ? "http" : "https") << "://" << options->host << ":" << port << "/" << std::endl;
  server.listen_after_bind();
  listen_ended = true;
  if (watcher.joinable()) {
    pthread_kill(watcher.native_handle(), SIGTERM);  // wakes the watcher if the server stopped on its own
    watcher.join();
  }
  retention.reset();
  mail_sender->reset();  // the deliveries under way finish and are recorded
  std::cout << "stopped" << std::endl;
  return 0;
}
