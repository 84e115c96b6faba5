#!/usr/bin/env bash
# Runs the product: installs and builds what is missing, creates a demo database from synthetic
# data if there is none, and starts the server with the browser app on http://127.0.0.1:8080.
# Usage: tools/run.sh [--port N] [--db FILE] [--now ISO|real]
# The demo clock starts on 15 February 2027, inside the 2027 application window, so applying and
# signing can be tried; --now real uses the wall clock.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
port=8080
db="$root/data/optagelse.db"
now="2027-02-15T09:00:00Z"
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --db) db="$2"; shift 2 ;;
    --now) now="$2"; shift 2 ;;
    -h|--help) sed -n '2,6p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown option $1 (use --port N, --db FILE, --now ISO|real)" >&2; exit 2 ;;
  esac
done
"$root/tools/build.sh"
mkdir -p "$(dirname "$db")"
demo_args=(--demo-login yes)  # the login simulator offers demo people to pick
[ "$now" = "real" ] || demo_args+=(--now "$now")
demo="$(dirname "$db")/demo-register.json"
"$root/build/native/tools/optagelse" demo --seed 2024 --pupils 400 --out "$demo"
if [ ! -f "$db" ]; then
  demo_args+=(--demo-data "$demo")
  echo "run: creating the demo database $db"
else
  # The same seed gives the same persons: an older demo database gets what later versions added
  # (addresses on the map for travel times) as a register update.
  demo_args+=(--register-update "$demo")
fi
echo "run: open http://127.0.0.1:$port/ (Ctrl+C stops the server)"
exec "$root/build/native/server/optagelse-server" --port "$port" --db "$db" \
  --web-root "$root/build/wasm/web" "${demo_args[@]}"
