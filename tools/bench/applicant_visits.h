// What the benches' applicants and guardians do against a real server: log in (the demo login),
// save a draft with two wishes and submit it, and a guardian's visit to sign it. Shared by the
// deadline-hour load test and the server's allocation bench.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "bench/lean_http_client.h"
#include "bench/request_tally.h"

namespace optagelse::bench {

struct Session {
  HeaderList headers;
  std::string cpr;
};

std::optional<Session> Login(LeanHttpClient& client, Tally& tally, const std::string& body, const std::string& cpr);
// A draft with two wishes (101001 stx, 147003 hf), swapped every other version.
std::string Draft(std::int64_t version, bool swapped);
// Saves a changed draft, then submits it; the submitted application, or nothing after an error.
std::optional<nlohmann::json> SaveAndSubmit(LeanHttpClient& client, Tally& tally, const Session& me, std::int64_t version);
// A guardian logs in, reads the children's applications, signs the child's, logs out.
void GuardianSigns(LeanHttpClient& client, Tally& tally, const std::string& guardian_cpr, const std::string& child_cpr);

}  // namespace optagelse::bench
