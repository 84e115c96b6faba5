# optagelse_use_jemalloc(target): the target allocates with jemalloc (Debian's libjemalloc-dev)
# instead of glibc's malloc. The server and the load bench build and free many small objects (JSON
# trees, strings, SQLite's own) on many threads, where glibc's shared heaps and their consolidation
# took about a fifth of the time under the deadline-hour load (docs/measurements.md). Not under
# the sanitizers, which bring their own allocator.
function(optagelse_use_jemalloc target)
  if(CMAKE_CXX_FLAGS MATCHES "sanitize=address")
    return()
  endif()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(JEMALLOC REQUIRED IMPORTED_TARGET jemalloc)
  target_link_libraries(${target} PRIVATE PkgConfig::JEMALLOC)
endfunction()
