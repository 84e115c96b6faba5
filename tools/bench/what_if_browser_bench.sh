#!/bin/sh
# The in-browser what-if benchmark (see what_if_browser_bench.mjs). Needs tools/build.sh first.
set -eu
cd "$(dirname "$0")/../.."
NODE_PATH="$PWD/tests/web/node_modules" exec node tools/bench/what_if_browser_bench.mjs
