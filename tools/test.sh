#!/usr/bin/env bash
# Runs every test layer through ctest: core tests natively and as WebAssembly under node, server
# tests against a real server process and SQLite file, browser tests in headless Chromium.
# Installs and builds what is missing first. Extra arguments go to ctest (e.g. -R browser).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/build.sh"
cd "$root/build/native"
exec ctest --output-on-failure --timeout 600 "$@"
