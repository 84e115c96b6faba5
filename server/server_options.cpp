// Command-line parsing for the server: see server_options.h.
#include "server_options.h"

#include <charconv>

#include "calendar/instant.h"

namespace optagelse {
namespace {

Result<int> ParseInt(const std::string& flag, const std::string& text, int min, int max) {
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || value < min || value > max) {
    return Fail(MakeError(ErrorCode::kWrongFieldType, flag, "integer " + std::to_string(min) + "-" + std::to_string(max)));
  }
  return value;
}

}  // namespace

std::string ServerUsage() {
  return "usage: optagelse-server [--host H] [--port N (0 = any free)] [--db FILE] [--web-root DIR]\n"
         "                        [--demo-data FILE] [--register-update FILE] [--threads N] [--max-body BYTES] [--upv-year YEAR]\n"
         "                        [--today YYYY-MM-DD] [--now YYYY-MM-DDTHH:MM:SSZ] [--application-year YEAR]\n"
         "                        [--demo-login yes|no] [--retention HH:MM|off (daily deletion of what is due, UTC; 03:00)]\n"
         "                        [--statistics-key FILE (pseudonym secret; default <db>.statistics-key)]\n"
         "                        [--logins-per-address N (per minute; 120)] [--logins-per-person N (per minute; 10)]\n"
         "                        [--connections-per-address N (open at once from one client; 32)]\n"
         "                        [--oidc-issuer URL --oidc-client-id ID --oidc-client-secret-file FILE --public-url URL]\n"
         "                        [--oidc-cpr-claim NAME (cpr)] [--oidc-role-claim NAME (role)]\n"
         "                        [--oidc-organisation-claim NAME (organisation)] [--oidc-scope SCOPES (openid)]\n"
         "                        [--tls-cert FILE --tls-key FILE (serve HTTPS, TLS 1.2 or later, with HSTS)]\n"
         "                        [--trusted-proxy ADDRESS (the reverse proxy whose X-Forwarded-For names the client)]\n"
         "                        [--smtp-url smtp://HOST:PORT|smtps://HOST:PORT --smtp-from ADDRESS --public-url URL]\n"
         "                        [--smtp-user NAME --smtp-password-file FILE] [--smtp-connections N (4)]\n"
         "                        [--smtp-retry-seconds N (first wait after the mail server put a message off; 60)]\n"
         "Sign-in: give the four --oidc-issuer, --oidc-client-id, --oidc-client-secret-file and --public-url\n"
         "flags (a real deployment), or --demo-login yes (a demo: anyone can log in as anyone), or both.\n"
         "E-mail: without --smtp-url, messages are recorded and shown in the app, and none is sent.\n";
}

namespace {

// The sign-in flags must make sense together: OpenID Connect needs all four, and a server with
// no way to sign in at all is refused (it would be no use; one with the simulator alone is a demo).
Result<void> CheckSignIn(const ServerOptions& options) {
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
  if (options.tls_cert.empty() != options.tls_key.empty()) {
    return Fail(MakeError(ErrorCode::kMissingField, options.tls_cert.empty() ? "--tls-cert" : "--tls-key"));
  }
  return {};
}

std::string* TextFlag(ServerOptions& options, const std::string& flag) {
  if (flag == "--oidc-issuer") return &options.oidc_issuer;
  if (flag == "--oidc-client-id") return &options.oidc_client_id;
  if (flag == "--oidc-client-secret-file") return &options.oidc_client_secret_file;
  if (flag == "--public-url") return &options.public_url;
  if (flag == "--oidc-cpr-claim") return &options.oidc_cpr_claim;
  if (flag == "--oidc-role-claim") return &options.oidc_role_claim;
  if (flag == "--oidc-organisation-claim") return &options.oidc_organisation_claim;
  if (flag == "--oidc-scope") return &options.oidc_scope;
  if (flag == "--trusted-proxy") return &options.trusted_proxy;
  if (flag == "--tls-cert") return &options.tls_cert;
  if (flag == "--tls-key") return &options.tls_key;
  if (flag == "--smtp-url") return &options.smtp_url;
  if (flag == "--smtp-from") return &options.smtp_from;
  if (flag == "--smtp-user") return &options.smtp_user;
  if (flag == "--smtp-password-file") return &options.smtp_password_file;
  return nullptr;
}

}  // namespace

Result<ServerOptions> ParseServerOptions(const std::vector<std::string>& args) {
  ServerOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (i + 1 >= args.size()) return Fail(MakeError(ErrorCode::kMissingField, flag));
    const std::string& value = args[++i];
    if (std::string* text = TextFlag(options, flag)) {
      if (value.empty()) return Fail(MakeError(ErrorCode::kMissingField, flag));
      *text = value;
    } else if (flag == "--host") {
      options.host = value;
    } else if (flag == "--port") {
      auto port = ParseInt(flag, value, 0, 65535);
      if (!port) return Fail(port.error());
      options.port = *port;
    } else if (flag == "--db") {
      options.database = value;
    } else if (flag == "--web-root") {
      options.web_root = value;
    } else if (flag == "--demo-data") {
      options.demo_data = value;
    } else if (flag == "--statistics-key") {
      options.statistics_key = value;
    } else if (flag == "--register-update") {
      options.register_update = value;
    } else if (flag == "--demo-login") {
      if (value != "yes" && value != "no") return Fail(MakeError(ErrorCode::kBadRequest, flag, "yes or no"));
      options.demo_login = value == "yes";
    } else if (flag == "--retention") {
      const bool clock_time = value.size() == 5 && value[2] == ':';
      auto hour = clock_time ? ParseInt(flag, value.substr(0, 2), 0, 23) : Result<int>(-1);
      auto minute = clock_time ? ParseInt(flag, value.substr(3, 2), 0, 59) : Result<int>(-1);
      if (value == "off") {
        options.retention_minute.reset();
      } else if (!hour || !minute || *hour < 0) {
        return Fail(MakeError(ErrorCode::kBadRequest, flag, "HH:MM or off"));
      } else {
        options.retention_minute = *hour * 60 + *minute;
      }
    } else if (flag == "--logins-per-address" || flag == "--logins-per-person") {
      auto limit = ParseInt(flag, value, 1, 1000000);
      if (!limit) return Fail(limit.error());
      (flag == "--logins-per-address" ? options.logins_per_address : options.logins_per_person) = *limit;
    } else if (flag == "--connections-per-address") {
      auto limit = ParseInt(flag, value, 1, 100000);
      if (!limit) return Fail(limit.error());
      options.connections_per_address = *limit;
    } else if (flag == "--smtp-retry-seconds" || flag == "--smtp-connections") {
      auto number = ParseInt(flag, value, 1, flag == "--smtp-connections" ? 32 : 86400);
      if (!number) return Fail(number.error());
      (flag == "--smtp-connections" ? options.smtp_connections : options.smtp_retry_seconds) = *number;
    } else if (flag == "--threads") {
      auto threads = ParseInt(flag, value, 1, 256);
      if (!threads) return Fail(threads.error());
      options.threads = *threads;
    } else if (flag == "--max-body") {
      auto bytes = ParseInt(flag, value, 1024, 1 << 30);
      if (!bytes) return Fail(bytes.error());
      options.max_body_bytes = static_cast<std::size_t>(*bytes);
    } else if (flag == "--now") {
      options.now = ParseIsoInstant(value);
      if (!options.now) return Fail(MakeError(ErrorCode::kInvalidDate, flag, value));
    } else if (flag == "--application-year") {
      auto year = ParseInt(flag, value, 2000, 2100);
      if (!year) return Fail(year.error());
      options.application_year = *year;
    } else if (flag == "--today") {
      options.today = ParseIsoDate(value);
      if (!options.today) return Fail(MakeError(ErrorCode::kInvalidDate, flag, value));
    } else if (flag == "--upv-year") {
      auto year = ParseInt(flag, value, 2000, 2100);
      if (!year) return Fail(year.error());
      options.upv_year = *year;
    } else {
      return Fail(MakeError(ErrorCode::kBadRequest, flag, "unknown option"));
    }
  }
  while (!options.public_url.empty() && options.public_url.back() == '/') options.public_url.pop_back();
  if (auto sign_in = CheckSignIn(options); !sign_in) return Fail(sign_in.error());
  return options;
}

}  // namespace optagelse
