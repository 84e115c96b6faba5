// CPR check throughput: see cpr_bench.h. One thread: the budget is per core.
#include "bench/cpr_bench.h"

#include <chrono>
#include <cstdio>
#include <ostream>
#include <string>
#include <vector>

#include "cpr/cpr_number.h"

namespace optagelse::bench {

int RunCprBench(int count, std::ostream& out) {
  // 4,096 distinct inputs, cycled, in the proportions of a school's report: 80% real numbers
  // (modulus 11 holds, as for every number issued before October 2007; half with a hyphen), 10%
  // fictitious (day + 60), 10% malformed (a digit missing).
  std::vector<std::string> inputs;
  for (int i = 0; i < 4096; ++i) {
    char text[32];
    const int day = 1 + i % 28, month = 1 + (i / 28) % 12, year = i % 100;
    if (i % 10 == 7) {
      std::snprintf(text, sizeof text, "%02d%02d%02d%04d", day + 60, month, year, i % 10000);
    } else if (i % 10 == 9) {
      std::snprintf(text, sizeof text, "%02d%02d%02d-%03d", day, month, year, i % 1000);
    } else {
      for (int serial = (i * 37) % 10000;; serial = (serial + 1) % 10000) {
        std::snprintf(text, sizeof text, "%02d%02d%02d%04d", day, month, year, serial);
        if (cpr::PassesModulus11(text)) break;
      }
      if (i % 2) inputs.push_back(cpr::FormatWithHyphen(text)); else inputs.emplace_back(text);
      continue;
    }
    inputs.emplace_back(text);
  }
  std::size_t valid = 0;
  const auto start = std::chrono::steady_clock::now();
  for (int i = 0; i < count; ++i) {
    const cpr::CprCheck check = cpr::CheckCpr(inputs[static_cast<std::size_t>(i) & 4095]);
    valid += check.status == cpr::CprStatus::kValidFormat;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << "cpr: " << count << " numbers in " << seconds << " s = " << static_cast<long long>(count / seconds)
      << " numbers/s on one core (" << valid << " valid format)\n";
  return 0;
}

}  // namespace optagelse::bench
