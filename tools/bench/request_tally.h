// What the load bench counts per kind of request: latencies in microseconds, and failures - how
// many per kind, and what they were ("login: Read" - the connection failed; "submit: status 503").
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "bench/lean_http_client.h"

namespace optagelse::bench {

using Clock = std::chrono::steady_clock;

struct Tally {
  std::map<std::string, std::vector<std::int64_t>> micros;
  std::map<std::string, std::int64_t> errors;
  std::map<std::string, std::int64_t> causes;
  std::map<std::string, std::int64_t> events;  // what attackers saw, not errors ("login flood: status 401")
  void Merge(const Tally& other) {
    for (const auto& [event, count] : other.events) events[event] += count;
    for (const auto& [kind, values] : other.micros) micros[kind].insert(micros[kind].end(), values.begin(), values.end());
    for (const auto& [kind, count] : other.errors) errors[kind] += count;
    for (const auto& [cause, count] : other.causes) causes[cause] += count;
  }
};

// Times one request; a transport failure or an unexpected status counts as an error.
template <typename Call>
LeanResult Timed(Tally& tally, const std::string& kind, int expected, Call call) {
  const auto start = Clock::now();
  LeanResult result = call();
  tally.micros[kind].push_back(std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count());
  if (!result || result->status != expected) {
    ++tally.errors[kind];
    ++tally.causes[kind + ": " + (result ? "status " + std::to_string(result->status) : result.error())];
  }
  return result;
}

}  // namespace optagelse::bench
