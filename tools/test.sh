#!/usr/bin/env bash
# Runs every test layer through ctest: core tests natively and as WebAssembly under node, server
# and command-line tests against real processes and SQLite files (also under AddressSanitizer and
# UndefinedBehaviorSanitizer), and browser tests in headless Chromium. Installs and builds what is
# missing first. Before ctest, a short deterministic libFuzzer run over every parser (tools/fuzz.sh
# --short). Extra arguments go to the final ctest (e.g. -R browser); OPTAGELSE_SKIP_ASAN=1 skips
# the sanitizer pass, OPTAGELSE_SKIP_FUZZ=1 the fuzz run.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/tools/build.sh"
if [ "${OPTAGELSE_SKIP_FUZZ:-0}" != "1" ]; then
  echo "test: a short fuzz run of every parser (tools/fuzz.sh --short)"
  "$root/tools/fuzz.sh" --short
fi
if [ "${OPTAGELSE_SKIP_ASAN:-0}" != "1" ]; then
  cd "$root"
  [ -f build/asan/build.ninja ] || cmake --preset asan >build/asan-configure.log 2>&1 || { cat build/asan-configure.log; exit 1; }
  echo "test: building and running the native tests under AddressSanitizer + UBSan"
  cmake --build --preset asan --parallel "$(nproc)" --target core_tests server_tests cli_tests server optagelse
  (cd build/asan && ctest --output-on-failure --timeout 600 -E 'browser|wasm')
fi
cd "$root/build/native"
exec ctest --output-on-failure --timeout 600 "$@"
