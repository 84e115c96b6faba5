#!/bin/sh
# The in-browser benchmarks (see browser_bench.mjs): what-if and allocation. The hooks they call are
# not in the product's web app: this builds a copy with them (build/wasm-bench, CMake option
# OPTAGELSE_WEB_BENCH_HOOKS) and serves that. Needs tools/build.sh first (the server).
set -eu
cd "$(dirname "$0")/../.."
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten finds its JavaScript modules here
if [ ! -f build/wasm-bench/build.ninja ]; then
  cmake --preset wasm -B build/wasm-bench -DOPTAGELSE_WEB_BENCH_HOOKS=ON >build/wasm-bench-configure.log 2>&1 ||
    { cat build/wasm-bench-configure.log; exit 1; }
fi
cmake --build build/wasm-bench --target web --parallel "$(nproc)"
NODE_PATH="$PWD/tests/web/node_modules" exec node tools/bench/browser_bench.mjs
