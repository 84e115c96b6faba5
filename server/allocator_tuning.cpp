// The allocator's settings, and the one restart that applies them: see allocator_tuning.h.
#include "allocator_tuning.h"

#include <malloc.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string>
#include <thread>

namespace optagelse {
namespace {

constexpr const char* kThreadCache = "glibc.malloc.tcache_count=200";  // freed blocks kept per size and thread

}  // namespace

void TuneAllocator(char** argv) {
  const char* tunables = std::getenv("GLIBC_TUNABLES");
  if (!tunables || !std::strstr(tunables, "glibc.malloc.tcache_count")) {
    const std::string value = tunables && *tunables ? std::string(tunables) + ":" + kThreadCache : kThreadCache;
    if (setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0) execv("/proc/self/exe", argv);
  }
  mallopt(M_ARENA_MAX, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

}  // namespace optagelse
