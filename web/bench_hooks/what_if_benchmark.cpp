// An in-page benchmark hook for the what-if budget (docs/measurements.md: one recomputation under 1 ms): times
// many recomputations of a full grade-9 scenario in this WebAssembly module and returns the mean in
// milliseconds. The browser's clock is coarse (0.1 ms), so one call is too short to time alone.
// Called by tools/bench/browser_bench.mjs through Module.ccall.
#include <emscripten.h>

#include "platform/browser_storage.h"
#include "upv/grade_scale.h"
#include "upv/what_if.h"
#include "wire/rule_catalog.h"

extern "C" EMSCRIPTEN_KEEPALIVE double optagelse_bench_whatif(int iterations) {
  using namespace optagelse;
  static const auto catalog = wire::RuleCatalog::FromEmbedded();
  if (!catalog || iterations <= 0) return -1;
  const upv::RuleSet& rules = **catalog->ForYear(2023);
  upv::UpvInput base;
  base.grade_level = 9;
  base.standpunkt = {{"dansk", {4, 2, 0}}, {"matematik", {2, 0, 2}}, {"engelsk", {7}},  {"tysk", {4}},
                     {"fysik_kemi", {2}},  {"biologi", {4}},         {"geografi", {7}}, {"historie", {4}},
                     {"samfundsfag", {2}}, {"kristendom", {7}}};
  base.personal = true;
  base.social = true;
  upv::UpvInput scenario = base;
  double checksum = 0;
  const double start = web::NowMilliseconds();
  for (int i = 0; i < iterations; ++i) {
    scenario.standpunkt[1].grades[0] = upv::kScale[static_cast<std::size_t>(i % 7)];  // a different edit each time
    const auto result = upv::WhatIf(base, scenario, rules);
    checksum += result ? static_cast<double>(result->paths.size()) : 0;
  }
  const double elapsed = web::NowMilliseconds() - start;
  return checksum >= 0 ? elapsed / iterations : -1;
}
