#!/bin/sh
# The in-browser benchmarks (see browser_bench.mjs): what-if and allocation. Needs tools/build.sh first.
set -eu
cd "$(dirname "$0")/../.."
NODE_PATH="$PWD/tests/web/node_modules" exec node tools/bench/browser_bench.mjs
