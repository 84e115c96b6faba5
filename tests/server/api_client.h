// A small HTTP client for server tests (cpp-httplib's client against the loopback port), with the
// JSON body parsed through the same wire layer the shells use.
#pragma once

#include <string>

#include <httplib.h>

#include "wire/json.h"

namespace optagelse::testing {

struct Answer {
  int status = 0;
  std::string content_type;
  std::string disposition;  // Content-Disposition
  std::string body;
  wire::Json json;  // null unless the body was JSON
};

// Extra request headers (Cookie, X-CSRF-Token) for logged-in calls.
using Headers = httplib::Headers;

Answer Get(int port, const std::string& path, const Headers& headers = {});
Answer Post(int port, const std::string& path, const std::string& body, const std::string& content_type,
            const Headers& headers = {});
Answer Put(int port, const std::string& path, const std::string& body, const Headers& headers);
Answer Delete(int port, const std::string& path, const std::string& body, const Headers& headers);

// Logs in through the login simulator; returns the Cookie and X-CSRF-Token headers to send.
Headers LoginAs(int port, const std::string& role, const std::string& organisation);
// Logs a person (applicant, guardian) in with their CPR number.
Headers LoginAsPerson(int port, const std::string& cpr);

}  // namespace optagelse::testing
