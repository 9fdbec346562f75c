#!/usr/bin/env bash
# The conformance gate of ci/ci.yml, on any platform: wg-1.0 and wg-2.0 on the interpreter and the compiler.
# Each engine and suite is one run:
#   - one this platform's baseline (reports/baseline/<os>-<arch>/conformance.json) has a run of: `plumb spec
#     --baseline`, which fails on any command that passed there and fails now;
#   - any other (every one on windows-x64 and macos-arm64 today, those a partial baseline lacks): the same run,
#     reported but never failed, whatever it found. Commit a baseline from such a run to gate it.
# With --report DIR, each run writes DIR/SUITE-ENGINE/ and `plumb report merge` makes them one report in DIR.
# Usage: ci/spec-gate.sh [--report DIR]   (DIR without spaces)
set -euo pipefail
cd "$(dirname "$0")/.."
report=""
case "${1:-}" in
  --report) report="$2" ;;
  "") ;;
  *) echo "usage: ci/spec-gate.sh [--report DIR]" >&2; exit 2 ;;
esac
# The platform as PlatformInfo.Id names it: linux|osx|windows|freebsd, then x64|arm64|...
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=osx ;;
  FreeBSD) os=freebsd ;;
  MINGW*|MSYS*|CYGWIN*) os=windows ;;
  *) os="$(uname -s | tr '[:upper:]' '[:lower:]')" ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=x64 ;;
  aarch64|arm64) arch=arm64 ;;
  *) arch="$(uname -m)" ;;
esac
platform="$os-$arch"
baseline="reports/baseline/$platform/conformance.json"
# Whether the baseline has a run of ENGINE on SUITE: conformance.json writes each run's "engine" line, then its "suite".
has_run() { [ -f "$baseline" ] && grep -A1 "\"engine\": *\"$1\"" "$baseline" | grep -q "\"suite\": *\"$2\""; }
status=0; parts=()
for suite in wg-1.0 wg-2.0; do
  for engine in interpreter compiler; do
    part=(); [ -n "$report" ] && part=(--report "$report/$suite-$engine") && parts+=("$report/$suite-$engine/conformance.json")
    if has_run "$engine" "$suite"; then
      echo "spec-gate: gating $engine on $suite against $baseline" >&2
      scripts/plumb spec --suite "$suite" --engine "$engine" --baseline ${part[@]+"${part[@]}"} || status=$?
    else
      code=0
      scripts/plumb spec --suite "$suite" --engine "$engine" ${part[@]+"${part[@]}"} || code=$?
      echo "spec-gate: $platform has no baseline of $engine on $suite ($baseline): reported, not gated (plumb spec exited $code)" >&2
    fi
  done
done
# One report of the four runs in DIR.
if [ -n "$report" ]; then
  scripts/plumb report merge "${parts[@]}" --out "$report" || status=1
fi
exit $status
