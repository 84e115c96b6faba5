#!/usr/bin/env bash
# Installs everything the build and the tests need on a fresh Debian 12 machine, and nothing twice:
# Debian packages, Dear ImGui from Debian's source package (into .deps/), playwright-core and
# oidc-provider from npm.
# Called by tools/run.sh and tools/test.sh; safe to run again (every step checks before it acts).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
deps="$root/.deps"
mkdir -p "$deps"

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

packages=(
  build-essential cmake ninja-build pkg-config
  emscripten
  nlohmann-json3-dev libcpp-httplib-dev libsqlite3-dev sqlite3 googletest libexpected-dev libcli11-dev libssl-dev openssl nginx-light libjemalloc-dev libsimdjson-dev libcurl4-openssl-dev python3-aiosmtpd
  fonts-dejavu-core fonttools chromium dpkg-dev
  clang libclang-rt-14-dev
)
missing=()
# Node and npm: Debian's, unless a newer Node (with its own npm) is already installed.
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
src_list=/etc/apt/sources.list.d/optagelse-deb-src.list
if [ ${#missing[@]} -gt 0 ] || [ ! -f "$src_list" ]; then
  # Dear ImGui is taken from Debian's source package, which needs a deb-src line.
  if [ ! -f "$src_list" ]; then
    # Reuse the keyring the existing Debian source names, or apt rejects the two as conflicting.
    keyring=$(grep -rhoiE 'signed-by[:=] *[^] ]+' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list 2>/dev/null \
              | head -1 | sed -E 's/^[Ss]igned-[Bb]y[:=] *//') || true
    opts=""; [ -n "$keyring" ] && opts="[signed-by=$keyring] "
    echo "deb-src ${opts}http://deb.debian.org/debian bookworm main" | sudo_if_needed tee "$src_list" >/dev/null
  fi
  echo "setup: installing Debian packages: ${missing[*]:-(none, refreshing deb-src)}"
  log="$(mktemp)"
  if ! { sudo_if_needed apt-get update -qq &&
         { [ ${#missing[@]} -eq 0 ] || sudo_if_needed env DEBIAN_FRONTEND=noninteractive \
             apt-get install -y -qq --no-install-recommends "${missing[@]}"; }; } >"$log" 2>&1; then
    tail -40 "$log"
    echo "setup: installing Debian packages failed (full log: $log)" >&2
    exit 1
  fi
  rm -f "$log"
fi

# Dear ImGui from Debian's source package, unpacked once into .deps/imgui.
if [ ! -f "$deps/imgui/imgui.cpp" ]; then
  echo "setup: fetching Dear ImGui from Debian's source package"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq --download-only imgui >/dev/null && dpkg-source -x --skip-patches ./imgui_*.dsc imgui-src >/dev/null)
  rm -rf "$deps/imgui" && mv "$tmp/imgui-src" "$deps/imgui"
  rm -rf "$tmp"
fi

# simdjson's single-header source from Debian's source package, for the WebAssembly build (the
# native build links Debian's libsimdjson-dev): unpacked once into .deps/simdjson.
if [ ! -f "$deps/simdjson/singleheader/simdjson.cpp" ]; then
  echo "setup: fetching simdjson from Debian's source package"
  tmp="$(mktemp -d)"
  (cd "$tmp" && apt-get source -qq --download-only simdjson >/dev/null && dpkg-source -x --skip-patches ./simdjson_*.dsc simdjson-src >/dev/null)
  rm -rf "$deps/simdjson" && mkdir -p "$deps/simdjson"
  mv "$tmp/simdjson-src/singleheader" "$tmp/simdjson-src/LICENSE" "$deps/simdjson/"
  rm -rf "$tmp"
fi

# playwright-core drives Debian's Chromium in the browser tests (never downloads a browser);
# axe-core checks the accessibility mirror.
if [ ! -d "$root/tests/web/node_modules/playwright-core" ] || [ ! -d "$root/tests/web/node_modules/axe-core" ]; then
  echo "setup: installing playwright-core and axe-core from npm"
  (cd "$root/tests/web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm install --no-audit --no-fund --silent)
fi
# oidc-provider (an OpenID-certified provider) is the real OpenID provider of the sign-in tests.
if [ ! -d "$root/tests/oidc/node_modules/oidc-provider" ]; then
  echo "setup: installing oidc-provider from npm"
  (cd "$root/tests/oidc" && npm install --no-audit --no-fund --silent)
fi
echo "setup: done"
