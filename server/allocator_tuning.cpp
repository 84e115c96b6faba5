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
    // By its real path, not /proc/self/exe: the process keeps its name (ps, pgrep, pkill).
    char path[4096];
    const ssize_t length = readlink("/proc/self/exe", path, sizeof path - 1);
    if (length > 0 && setenv("GLIBC_TUNABLES", value.c_str(), 1) == 0) {
      path[length] = '\0';
      execv(path, argv);
    }
  }
  mallopt(M_ARENA_MAX, static_cast<int>(std::max(1u, std::thread::hardware_concurrency())));
}

}  // namespace optagelse
