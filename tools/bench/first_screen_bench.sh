#!/bin/sh
# The first-screen benchmark (see first_screen_bench.mjs): load time, sizes, idle CPU. Needs
# tools/build.sh first. Arguments go to the script (--runs N, --slow).
set -eu
cd "$(dirname "$0")/../.."
NODE_PATH="$PWD/tests/web/node_modules" exec node tools/bench/first_screen_bench.mjs "$@"
