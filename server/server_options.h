// The server's command line (CLI11, as the `optagelse` tool): where to listen, which database file, which web build to serve,
// which demo dataset to load into an empty database, which register update to apply.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "calendar/date.h"
#include "core/problem.h"

namespace optagelse {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;              // 0: any free port (printed on stdout)
  std::string database = "optagelse.db";
  std::string web_root;         // folder with index.html, optagelse.js, optagelse.wasm
  std::string demo_data;        // register dataset loaded when the database has no persons
  // Worker threads. cpp-httplib gives each open connection a thread for as long as it is kept alive,
  // so this bounds the clients served at once; the database is one writer at a time regardless.
  int threads = 64;
  std::size_t max_body_bytes = 32 * 1024 * 1024;  // a large school's report is well under 1 MB
  std::optional<Date> today;    // --today YYYY-MM-DD: fixes the date age rules use
  int upv_year = 2024;          // admission year of new UPV entries: the last rule set with a UPV step
  std::optional<std::int64_t> now;        // --now 2027-02-15T09:00:00Z: the clock starts there and runs on
  std::optional<int> application_year;    // --application-year: default, the first year whose deadline is ahead
  std::string register_update;  // --register-update FILE: persons and institutions updated (moves) at start
  std::optional<int> retention_minute = 3 * 60;  // --retention HH:MM (UTC) the daily job runs, or off
  std::string statistics_key;   // --statistics-key FILE: the pseudonym secret (default: <db>.statistics-key)
  int logins_per_address = 120;  // --logins-per-address N: login attempts per minute from one client
  int logins_per_person = 10;    // --logins-per-person N: login attempts per minute naming one person
  int connections_per_address = 32;  // --connections-per-address N: open at once from one client (IPv6: /64)
  bool demo_login = false;      // --demo-login yes: the login simulator (anyone can be anyone: demos and tests only)
  // Real sign-in through an OpenID provider (README "Running for real"): all four or none.
  std::string oidc_issuer;               // --oidc-issuer URL
  std::string oidc_client_id;            // --oidc-client-id ID
  std::string oidc_client_secret_file;   // --oidc-client-secret-file FILE (mode 600; never the secret itself)
  std::string public_url;                // --public-url URL: this server as browsers reach it
  std::string oidc_cpr_claim = "cpr";    // --oidc-cpr-claim NAME
  std::string oidc_role_claim = "role";  // --oidc-role-claim NAME
  std::string oidc_organisation_claim = "organisation";  // --oidc-organisation-claim NAME
  std::string oidc_scope = "openid";     // --oidc-scope "openid ...": what the provider is asked for
  std::string trusted_proxy;             // --trusted-proxy ADDRESS: the reverse proxy that may name clients
  std::string tls_cert;                  // --tls-cert FILE and --tls-key FILE: serve HTTPS directly
  std::string tls_key;
  // Messages (README "E-mail"): without --smtp-url they are recorded and shown in the app only.
  std::string smtp_url;                  // --smtp-url smtp://host:port (STARTTLS) or smtps://host:port
  std::string smtp_from;                 // --smtp-from ADDRESS
  std::string smtp_user;                 // --smtp-user NAME
  std::string smtp_password_file;        // --smtp-password-file FILE (never the password itself)
  int smtp_connections = 4;              // --smtp-connections N: messages delivered at once
  int smtp_retry_seconds = 60;           // --smtp-retry-seconds N: the first wait after a put-off delivery
  // Who runs the service, in the app's header, footer and privacy notice (GET /api/v1/service).
  std::string operator_name = "Optagelse (demo)";  // --operator NAME: the authority (data controller)
  std::string contact_email;             // --contact-email ADDRESS: where people write for help
  std::string contact_phone;             // --contact-phone NUMBER
};

// The flags as given (without the program's name); a wrong one is a problem naming it.
Result<ServerOptions> ParseServerOptions(const std::vector<std::string>& args);
bool AsksForHelp(const std::vector<std::string>& args);  // --help or -h
std::string ServerUsage();  // every flag with its help text and default

}  // namespace optagelse
