// The C library's allocator, set for this server's load (issue "Hardening", load). Requests build
// and free many small objects (JSON trees, strings, SQLite's own) on many worker threads; glibc
// serves each thread from a small per-thread cache of freed blocks (7 of each size by default)
// and otherwise from shared heaps behind a lock, which under the deadline-hour load cost about a
// seventh of the server's time. Measured in docs/measurements.md.
#pragma once

namespace optagelse {

// Caps the shared heaps at one per core (more heaps only held more memory: it grew past 190 MB)
// and gives each thread a larger cache of freed blocks. glibc reads the cache's size only at
// start-up, from GLIBC_TUNABLES: so unless that already names it (the operator's choice, or this
// function's after the restart), the process sets it and executes itself again, same arguments,
// same process id. If that fails, it carries on with the default.
void TuneAllocator(char** argv);

}  // namespace optagelse
