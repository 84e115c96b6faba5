// The benches' applicant and guardian visits: see applicant_visits.h.
#include "bench/applicant_visits.h"

namespace optagelse::bench {

std::optional<Session> Login(LeanHttpClient& client, Tally& tally, const std::string& body, const std::string& cpr) {
  auto result = Timed(tally, "login", 200, [&] { return client.Post("/api/v1/session", body, "application/json"); });
  if (!result || result->status != 200) return std::nullopt;
  const std::string& cookie = result->set_cookie;
  const auto csrf = nlohmann::json::parse(result->body, nullptr, false);
  if (csrf.is_discarded()) return std::nullopt;
  return Session{{{"Cookie", cookie.substr(0, cookie.find(';'))}, {"X-CSRF-Token", csrf.value("csrf_token", "")}}, cpr};
}

std::string Draft(std::int64_t version, bool swapped) {
  const std::string a = R"({"institution": "101001", "programme": "stx"})";
  const std::string b = R"({"institution": "147003", "programme": "hf"})";
  return R"({"version": )" + std::to_string(version) + R"(, "content": {"wishes": [)" + (swapped ? b + ", " + a : a + ", " + b) +
         R"(], "contact": {"email": "ung@example.dk"}}})";
}

// One applicant's turn: save a changed draft, then submit it; returns the submitted application
// (its version, id and content hash), or nothing after an error.
std::optional<nlohmann::json> SaveAndSubmit(LeanHttpClient& client, Tally& tally, const Session& me, std::int64_t version) {
  auto saved = Timed(tally, "save draft", 200,
                     [&] { return client.Put("/api/v1/me/application", me.headers, Draft(version, version % 2 == 1), "application/json"); });
  if (!saved || saved->status != 200) return std::nullopt;
  const auto json = nlohmann::json::parse(saved->body, nullptr, false);
  const std::int64_t saved_version = json.is_discarded() ? -1 : json["application"].value("version", std::int64_t{-1});
  auto submitted = Timed(tally, "submit", 200, [&] {
    return client.Post("/api/v1/me/application/submit", me.headers, R"({"version": )" + std::to_string(saved_version) + "}",
                       "application/json");
  });
  if (!submitted || submitted->status != 200) return std::nullopt;
  auto after = nlohmann::json::parse(submitted->body, nullptr, false);
  if (after.is_discarded() || !after["application"].is_object()) return std::nullopt;
  return after["application"];
}

// A guardian's visit: log in, read the children's applications, sign the one just submitted (the
// content hash read, as the app sends it), log out.
void GuardianSigns(LeanHttpClient& client, Tally& tally, const std::string& guardian_cpr, const std::string& child_cpr) {
  auto session = Login(client, tally, R"({"role":"citizen","cpr":")" + guardian_cpr + R"("})", guardian_cpr);
  if (!session) return;
  auto children = Timed(tally, "guardian reads", 200, [&] { return client.Get("/api/v1/me/children", session->headers); });
  const auto json = children && children->status == 200 ? nlohmann::json::parse(children->body, nullptr, false) : nlohmann::json();
  const nlohmann::json* application = nullptr;
  if (json.is_object() && json["children"].is_array()) {
    for (const auto& child : json["children"]) {
      if (child.value("cpr", "") == child_cpr && child["application"].is_object()) application = &child["application"];
    }
  }
  if (application == nullptr) {
    ++tally.errors["guardian reads"];
  } else {
    const std::string body = nlohmann::json{{"decision", "sign"}, {"content_sha256", application->value("content_sha256", "")}}.dump();
    const std::string path = "/api/v1/applications/" + std::to_string(application->value("id", std::int64_t{0})) + "/signature";
    Timed(tally, "guardian signs", 200, [&] { return client.Post(path, session->headers, body, "application/json"); });
  }
  Timed(tally, "logout", 200, [&] { return client.Delete("/api/v1/session", session->headers); });
}

}  // namespace optagelse::bench
