// The synthetic demo data: a small CPR register (pupils aged 15-16 with their guardians) and an
// institution catalogue, all invented, made from a seed so the same seed gives the same file.
#pragma once

#include <cstdint>

#include "registry/registry_types.h"

namespace optagelse::tools {

struct DemoOptions {
  std::uint64_t seed = 1;
  int pupils = 200;
};

registry::Dataset GenerateDemoData(const DemoOptions& options);

}  // namespace optagelse::tools
