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
  std::string body;
  wire::Json json;  // null unless the body was JSON
};

Answer Get(int port, const std::string& path);
Answer Post(int port, const std::string& path, const std::string& body, const std::string& content_type);

}  // namespace optagelse::testing
