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
         "                        [--logins-per-address N (per minute; 120)] [--logins-per-person N (per minute; 10)]\n";
}

Result<ServerOptions> ParseServerOptions(const std::vector<std::string>& args) {
  ServerOptions options;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& flag = args[i];
    if (i + 1 >= args.size()) return Fail(MakeError(ErrorCode::kMissingField, flag));
    const std::string& value = args[++i];
    if (flag == "--host") {
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
  return options;
}

}  // namespace optagelse
