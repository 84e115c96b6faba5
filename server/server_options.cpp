// The server's command line, declared with CLI11 like the `optagelse` tool (same help style), then
// checked as a whole: see server_options.h. A wrong flag is a coded problem naming the flag.
#include "server_options.h"

#include <CLI/CLI.hpp>
#include <charconv>

#include "calendar/instant.h"
#include "text/email_address.h"

namespace optagelse {
namespace {

const CLI::Validator kNotEmpty(
    [](const std::string& value) { return value.empty() ? std::string("must not be empty") : std::string(); }, "");

// Every flag with its help text, writing into `options`; the few that need more than a number or
// a text are read into the `raw` strings and converted by ParseServerOptions.
struct RawFlags {
  std::string today, now, retention = "03:00", demo_login = "no";
};

void Declare(CLI::App& app, ServerOptions& options, RawFlags& raw) {
  app.option_defaults()->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);  // a flag given again: the last counts
  app.add_option("--host", options.host, "Address to listen on")->capture_default_str();
  app.add_option("--port", options.port, "Port (0: any free port, printed on standard output)")
      ->check(CLI::Range(0, 65535))->capture_default_str();
  app.add_option("--db", options.database, "The SQLite database file")->capture_default_str();
  app.add_option("--web-root", options.web_root, "Folder with index.html, optagelse.js and optagelse.wasm");
  app.add_option("--demo-data", options.demo_data, "Register dataset loaded when the database has no persons");
  app.add_option("--register-update", options.register_update, "Register update (moves) applied at start");
  app.add_option("--threads", options.threads, "Worker threads (clients served at once)")
      ->check(CLI::Range(1, 256))->capture_default_str();
  app.add_option("--max-body", options.max_body_bytes, "Largest request body in bytes")
      ->check(CLI::Range(1024, 1 << 30))->capture_default_str();
  app.add_option("--upv-year", options.upv_year, "Admission year of new UPV entries")
      ->check(CLI::Range(2000, 2100))->capture_default_str();
  app.add_option("--today", raw.today, "YYYY-MM-DD: fixes the date the age rules use");
  app.add_option("--now", raw.now, "YYYY-MM-DDTHH:MM:SSZ: the clock starts there and runs on");
  app.add_option("--application-year", options.application_year,
                 "Admission year applied for (default: the first whose deadline is ahead)")
      ->check(CLI::Range(2000, 2100));
  app.add_option("--demo-login", raw.demo_login, "yes: the login simulator (anyone can be anyone: demos and tests)")
      ->check(CLI::IsMember({"yes", "no"}))->capture_default_str();
  app.add_option("--retention", raw.retention, "HH:MM (UTC) the daily deletion of what is due runs, or off")
      ->capture_default_str();
  app.add_option("--statistics-key", options.statistics_key, "The pseudonym secret (default: <db>.statistics-key)");
  app.add_option("--logins-per-address", options.logins_per_address, "Login attempts per minute from one client")
      ->check(CLI::Range(1, 1000000))->capture_default_str();
  app.add_option("--logins-per-person", options.logins_per_person, "Login attempts per minute naming one person")
      ->check(CLI::Range(1, 1000000))->capture_default_str();
  app.add_option("--connections-per-address", options.connections_per_address,
                 "Connections open at once from one client (IPv6: its /64)")
      ->check(CLI::Range(1, 100000))->capture_default_str();

  const auto text = [&app](const std::string& flag, std::string& value, const std::string& help) {
    return app.add_option(flag, value, help)->check(kNotEmpty);
  };
  text("--oidc-issuer", options.oidc_issuer, "OpenID provider (real sign-in; with the next three)")->group("Sign-in");
  text("--oidc-client-id", options.oidc_client_id, "This service's client id at the provider")->group("Sign-in");
  text("--oidc-client-secret-file", options.oidc_client_secret_file, "File holding the client secret (mode 600)")
      ->group("Sign-in");
  text("--public-url", options.public_url, "This server as browsers reach it (sign-in and e-mail links)")
      ->group("Sign-in");
  text("--oidc-cpr-claim", options.oidc_cpr_claim, "Claim holding the CPR number")->group("Sign-in")->capture_default_str();
  text("--oidc-role-claim", options.oidc_role_claim, "Claim holding a staff member's role")
      ->group("Sign-in")->capture_default_str();
  text("--oidc-organisation-claim", options.oidc_organisation_claim, "Claim holding a staff member's organisation")
      ->group("Sign-in")->capture_default_str();
  text("--oidc-scope", options.oidc_scope, "Scopes asked for")->group("Sign-in")->capture_default_str();
  text("--trusted-proxy", options.trusted_proxy, "The reverse proxy whose X-Forwarded-For names the client")
      ->group("Network");
  text("--tls-cert", options.tls_cert, "Serve HTTPS directly (TLS 1.2 or later, with HSTS): certificate file")
      ->group("Network");
  text("--tls-key", options.tls_key, "... and its key file")->group("Network");
  text("--smtp-url", options.smtp_url, "smtp://HOST:PORT (STARTTLS) or smtps://HOST:PORT")->group("E-mail");
  text("--smtp-from", options.smtp_from, "Sender address")->group("E-mail");
  text("--smtp-user", options.smtp_user, "Login name at the mail server")->group("E-mail");
  text("--smtp-password-file", options.smtp_password_file, "File holding the password (mode 600)")->group("E-mail");
  app.add_option("--smtp-connections", options.smtp_connections, "Messages delivered at once")
      ->check(CLI::Range(1, 32))->group("E-mail")->capture_default_str();
  text("--operator", options.operator_name, "The authority that runs the service (shown in the app's header)")
      ->group("Service")->capture_default_str();
  text("--contact-email", options.contact_email, "Where people write for help (shown in the app)")->group("Service");
  text("--contact-phone", options.contact_phone, "Where people call for help (shown in the app)")->group("Service");
  app.add_option("--smtp-retry-seconds", options.smtp_retry_seconds,
                 "First wait after the mail server put a message off (doubling to an hour)")
      ->check(CLI::Range(1, 86400))->group("E-mail")->capture_default_str();
}

constexpr const char* kDescription =
      "Optagelse server: the API, the browser app and the authoritative allocation.\n"
      "Sign-in: give --oidc-issuer, --oidc-client-id, --oidc-client-secret-file and --public-url (a real deployment),\n"
      "or --demo-login yes (a demo: anyone can log in as anyone), or both.\n"
      "E-mail: without --smtp-url, messages are recorded and shown in the app, and none is sent.";

// CLI11 says which flag in the message's first word ("--port: Value 70000 not in range...").
std::string FlagNamedIn(const std::string& message) {
  const std::size_t start = message.find("--");
  if (start == std::string::npos) return "command line";
  const std::size_t end = message.find_first_of(": =", start);
  return message.substr(start, end == std::string::npos ? std::string::npos : end - start);
}

// "HH:MM" as minutes after midnight, "off" as none; false for anything else.
bool ReadRetention(const std::string& value, std::optional<int>& minute_of_day) {
  minute_of_day.reset();
  if (value == "off") return true;
  int hour = -1, minute = -1;
  if (value.size() != 5 || value[2] != ':') return false;
  const auto read = [&value](std::size_t at, int& out) {
    const auto [end, error] = std::from_chars(value.data() + at, value.data() + at + 2, out);
    return error == std::errc() && end == value.data() + at + 2;
  };
  if (!read(0, hour) || !read(3, minute) || hour > 23 || minute > 59 || hour < 0 || minute < 0) return false;
  minute_of_day = hour * 60 + minute;
  return true;
}

// The sign-in flags must make sense together: OpenID Connect needs all four, and a server with
// no way to sign in at all is refused (it would be no use; one with the simulator alone is a demo).
Result<void> CheckTogether(const ServerOptions& options) {
  const bool any_oidc = !options.oidc_issuer.empty() || !options.oidc_client_id.empty() ||
                        !options.oidc_client_secret_file.empty();
  if (any_oidc) {
    for (const auto& [flag, value] : {std::pair{"--oidc-issuer", &options.oidc_issuer},
                                      std::pair{"--oidc-client-id", &options.oidc_client_id},
                                      std::pair{"--oidc-client-secret-file", &options.oidc_client_secret_file},
                                      std::pair{"--public-url", &options.public_url}}) {
      if (value->empty()) return Fail(MakeError(ErrorCode::kMissingField, flag));
    }
  } else if (!options.demo_login) {
    return Fail(MakeError(ErrorCode::kMissingField, "--oidc-issuer",
                          "no way to sign in: give --oidc-issuer, --oidc-client-id, --oidc-client-secret-file and "
                          "--public-url, or --demo-login yes for a demo"));
  }
  if (!options.smtp_url.empty()) {
    if (options.smtp_url.rfind("smtp://", 0) != 0 && options.smtp_url.rfind("smtps://", 0) != 0) {
      return Fail(MakeError(ErrorCode::kBadRequest, "--smtp-url", "smtp://host:port or smtps://host:port"));
    }
    if (options.smtp_from.empty()) return Fail(MakeError(ErrorCode::kMissingField, "--smtp-from"));
    if (options.public_url.empty()) return Fail(MakeError(ErrorCode::kMissingField, "--public-url", "the link in every message"));
  }
  if (!options.contact_email.empty() && !text::LooksLikeEmailAddress(options.contact_email)) {
    return Fail(MakeError(ErrorCode::kBadRequest, "--contact-email", "an e-mail address"));
  }
  if (options.tls_cert.empty() != options.tls_key.empty()) {
    return Fail(MakeError(ErrorCode::kMissingField, options.tls_cert.empty() ? "--tls-cert" : "--tls-key"));
  }
  return {};
}

}  // namespace

std::string ServerUsage() {
  ServerOptions options;
  RawFlags raw;
  CLI::App app{kDescription, "optagelse-server"};
  Declare(app, options, raw);
  return app.help();
}

bool AsksForHelp(const std::vector<std::string>& args) {
  for (const std::string& arg : args) {
    if (arg == "--help" || arg == "-h") return true;
  }
  return false;
}

Result<ServerOptions> ParseServerOptions(const std::vector<std::string>& args) {
  ServerOptions options;
  RawFlags raw;
  CLI::App app{kDescription, "optagelse-server"};
  Declare(app, options, raw);
  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend());  // CLI11 takes them last first
    app.parse(reversed);
  } catch (const CLI::ParseError& error) {
    const std::string message = error.what();
    const bool unknown = dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr;
    const bool missing = dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr;
    return Fail(MakeError(missing ? ErrorCode::kMissingField : ErrorCode::kBadRequest,
                          unknown ? (args.empty() ? "command line" : FlagNamedIn(message)) : FlagNamedIn(message),
                          unknown ? "unknown option" : message));
  }
  if (!raw.today.empty()) {
    options.today = ParseIsoDate(raw.today);
    if (!options.today) return Fail(MakeError(ErrorCode::kInvalidDate, "--today", raw.today));
  }
  if (!raw.now.empty()) {
    options.now = ParseIsoInstant(raw.now);
    if (!options.now) return Fail(MakeError(ErrorCode::kInvalidDate, "--now", raw.now));
  }
  if (!ReadRetention(raw.retention, options.retention_minute)) {
    return Fail(MakeError(ErrorCode::kBadRequest, "--retention", "HH:MM or off"));
  }
  options.demo_login = raw.demo_login == "yes";
  while (!options.public_url.empty() && options.public_url.back() == '/') options.public_url.pop_back();
  if (auto together = CheckTogether(options); !together) return Fail(together.error());
  return options;
}

}  // namespace optagelse
