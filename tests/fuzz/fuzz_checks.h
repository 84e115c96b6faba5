// What every fuzz target demands of a refusal and of a round trip: a refusal is a coded problem
// with Danish and English text (never kInternal), and what a decoder accepts, written back out and
// decoded again, reads the same. A broken demand aborts, which libFuzzer reports with the input.
#pragma once

#include <cstdlib>
#include <vector>

#include "core/messages.h"
#include "core/problem.h"
#include "wire/json.h"

namespace optagelse::fuzz {

inline void RequireExplained(const Problem& problem) {
  if (problem.code == ErrorCode::kInternal) std::abort();
  if (MessageFor(problem, Language::kDanish).empty() || MessageFor(problem, Language::kEnglish).empty()) std::abort();
}

inline void RequireExplained(const std::vector<Problem>& problems) {
  if (problems.empty()) std::abort();
  for (const Problem& problem : problems) RequireExplained(problem);
}

// decode(value) either fails with an explained problem, or encode(decode(encode(decoded))) equals
// encode(decoded): the wire form is a fixed point after one pass.
template <typename Decode, typename Encode>
void RequireStableRoundTrip(const wire::Json& value, Decode decode, Encode encode) {
  auto decoded = decode(value);
  if (!decoded) return RequireExplained(decoded.error());
  const wire::Json written = encode(*decoded);
  auto again = decode(written);
  if (!again) std::abort();
  if (encode(*again) != written) std::abort();
}

}  // namespace optagelse::fuzz
