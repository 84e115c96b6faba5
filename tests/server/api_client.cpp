// Test HTTP client: see api_client.h.
#include "api_client.h"

namespace optagelse::testing {
namespace {

Answer ToAnswer(const httplib::Result& result) {
  Answer answer;
  if (!result) return answer;
  answer.status = result->status;
  answer.content_type = result->get_header_value("Content-Type");
  answer.body = result->body;
  if (answer.content_type.rfind("application/json", 0) == 0) {
    auto json = wire::ParseJson(answer.body);
    if (json) answer.json = std::move(*json);
  }
  return answer;
}

}  // namespace

Answer Get(int port, const std::string& path) {
  httplib::Client client("127.0.0.1", port);
  return ToAnswer(client.Get(path.c_str()));
}

Answer Post(int port, const std::string& path, const std::string& body, const std::string& content_type) {
  httplib::Client client("127.0.0.1", port);
  return ToAnswer(client.Post(path.c_str(), body, content_type.c_str()));
}

}  // namespace optagelse::testing
