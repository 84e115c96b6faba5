#!/usr/bin/env bash
# Fuzzes every parser that takes bytes from outside (tests/fuzz: CPR numbers, pupil reports, request
# bodies, rule sets, allocation input) with libFuzzer under AddressSanitizer and UBSan.
#   tools/fuzz.sh [SECONDS] [TARGET...]  each target for SECONDS (default 300), keeping what it
#                                        finds in build/fuzz/corpus/<target>
#   tools/fuzz.sh --short                every target for a fixed number of runs from a fixed seed,
#                                        starting from tests/fuzz/seeds only (tools/test.sh runs this)
# A crash leaves its input in build/fuzz/artifacts/ and fails the script; add the input to
# tests/fuzz/seeds/<target>/ with the fix so it is tried on every test run after.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
"$root/tools/setup.sh"
if [ ! -f build/fuzz/build.ninja ]; then
  mkdir -p build
  cmake --preset fuzz >build/fuzz-configure.log 2>&1 || { cat build/fuzz-configure.log; exit 1; }
fi
cmake --build --preset fuzz --parallel "$(nproc)"

all_targets=(cpr_fuzz pupil_report_fuzz request_body_fuzz rule_set_fuzz allocation_input_fuzz id_token_fuzz)
short=0
seconds=300
if [ "${1:-}" = "--short" ]; then short=1; shift; elif [[ "${1:-}" =~ ^[0-9]+$ ]]; then seconds="$1"; shift; fi
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all_targets[@]}")

mkdir -p build/fuzz/artifacts
failed=()
for target in "${targets[@]}"; do
  seeds=(tests/fuzz/seeds/"$target")
  [ "$target" = rule_set_fuzz ] && seeds+=(assets/rules)
  if [ "$short" = 1 ]; then
    corpus="$(mktemp -d)"
    runs=50000
    [ "$target" = cpr_fuzz ] && runs=500000
    options=(-seed=1 -runs="$runs")
  else
    corpus="build/fuzz/corpus/$target"
    mkdir -p "$corpus"
    options=(-max_total_time="$seconds")
  fi
  log="build/fuzz/$target.log"
  echo "fuzz: $target (${options[*]})"
  if ! build/fuzz/tests/fuzz/"$target" "${options[@]}" -max_len=8192 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="build/fuzz/artifacts/$target-" "$corpus" "${seeds[@]}" >"$log" 2>&1; then
    failed+=("$target")
    grep -E "ERROR|SUMMARY|Test unit written|^    #[0-9]+ .* in " "$log" | head -20 >&2
  fi
  grep -E "DONE|Done [0-9]+ runs" "$log" | tail -1
  [ "$short" = 1 ] && rm -rf "$corpus"
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: FAILED: ${failed[*]} (inputs in build/fuzz/artifacts/, logs in build/fuzz/<target>.log)" >&2
  exit 1
fi
echo "fuzz: every target passed"
