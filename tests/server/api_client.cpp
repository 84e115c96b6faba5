// Test HTTP client: see api_client.h.
#include "api_client.h"

namespace optagelse::testing {
namespace {

Answer ToAnswer(const httplib::Result& result) {
  Answer answer;
  if (!result) return answer;
  answer.status = result->status;
  answer.content_type = result->get_header_value("Content-Type");
  answer.disposition = result->get_header_value("Content-Disposition");
  answer.body = result->body;
  if (answer.content_type.rfind("application/json", 0) == 0) {
    auto json = wire::ParseJson(answer.body);
    if (json) answer.json = std::move(*json);
  }
  return answer;
}

}  // namespace

Answer Get(int port, const std::string& path, const Headers& headers) {
  httplib::Client client("127.0.0.1", port);
  return ToAnswer(client.Get(path.c_str(), headers));
}

Answer Post(int port, const std::string& path, const std::string& body, const std::string& content_type,
            const Headers& headers) {
  httplib::Client client("127.0.0.1", port);
  return ToAnswer(client.Post(path.c_str(), headers, body, content_type.c_str()));
}

Answer Put(int port, const std::string& path, const std::string& body, const Headers& headers) {
  httplib::Client client("127.0.0.1", port);
  return ToAnswer(client.Put(path.c_str(), headers, body, "application/json"));
}

Answer Delete(int port, const std::string& path, const std::string& body, const Headers& headers) {
  httplib::Client client("127.0.0.1", port);
  return ToAnswer(client.Delete(path.c_str(), headers, body, "application/json"));
}

namespace {

Headers Login(int port, const std::string& body) {
  httplib::Client client("127.0.0.1", port);
  const auto result = client.Post("/api/v1/session", body, "application/json");
  if (!result || result->status != 200) return {};
  const std::string cookie = result->get_header_value("Set-Cookie");
  auto json = wire::ParseJson(result->body);
  return {{"Cookie", cookie.substr(0, cookie.find(';'))}, {"X-CSRF-Token", (*json)["csrf_token"].get<std::string>()}};
}

}  // namespace

Headers LoginAs(int port, const std::string& role, const std::string& organisation) {
  return Login(port, R"({"role":")" + role + R"(","organisation":")" + organisation + R"("})");
}

Headers LoginAsPerson(int port, const std::string& cpr) { return Login(port, R"({"role":"citizen","cpr":")" + cpr + R"("})"); }

}  // namespace optagelse::testing
