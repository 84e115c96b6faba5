#!/usr/bin/env bash
# Builds both targets: the WebAssembly app and core tests (preset wasm), then the native server,
# command-line tool and tests (preset native). Installs what is missing first (tools/setup.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/tools/setup.sh"
export NODE_PATH=/usr/share/nodejs  # Debian's emscripten finds its JavaScript modules here
jobs="$(nproc)"
for preset in wasm native; do
  if [ ! -f "build/$preset/build.ninja" ]; then
    echo "build: configuring $preset"
    mkdir -p build
    cmake --preset "$preset" >"build/$preset-configure.log" 2>&1 || { cat "build/$preset-configure.log"; exit 1; }
  fi
  echo "build: building $preset"
  cmake --build --preset "$preset" --parallel "$jobs"
done
