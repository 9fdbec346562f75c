#!/usr/bin/env bash
# The conformance gate of ci/ci.yml, on any platform: wg-1.0 and wg-2.0 on the interpreter and the compiler.
#   - The suites this platform's baseline (reports/baseline/<os>-<arch>/conformance.json) has runs of: `plumb spec
#     --baseline`, which fails on any command that passed there and fails now, and on an engine and suite run it has
#     no baseline for.
#   - The others (every suite on windows-x64 and macos-arm64 today): the same run, reported but never failed,
#     whatever it found; the report (--report DIR; both parts merged into it) shows its failures and `plumb report
#     merge` puts it beside the others. Commit a baseline from such a run to gate that platform.
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
engines=interpreter,compiler
baseline="reports/baseline/$platform/conformance.json"
gated=""; reported=""
for suite in wg-1.0 wg-2.0; do
  # A suite the baseline has no run of (a partial baseline) is reported, not gated.
  if [ -f "$baseline" ] && grep -q "\"suite\": *\"$suite\"" "$baseline"; then gated="$gated,$suite"; else reported="$reported,$suite"; fi
done
gated="${gated#,}"; reported="${reported#,}"
# Each part writes its own report; with both, `plumb report merge` makes them one in DIR.
part_report() { [ -n "$report" ] && { [ -n "$gated" ] && [ -n "$reported" ] && echo "--report $report/$1" || echo "--report $report"; }; }
status=0
if [ -n "$reported" ]; then
  code=0
  # shellcheck disable=SC2046 # part_report's words are meant to split (no spaces in DIR)
  scripts/plumb spec --suite "$reported" --engine "$engines" $(part_report reported) || code=$?
  echo "spec-gate: $platform has no baseline of $reported ($baseline): reported, not gated (plumb spec exited $code)" >&2
fi
if [ -n "$gated" ]; then
  echo "spec-gate: gating $gated on $baseline" >&2
  # shellcheck disable=SC2046
  scripts/plumb spec --suite "$gated" --engine "$engines" --baseline $(part_report gated) || status=$?
fi
if [ -n "$report" ] && [ -n "$gated" ] && [ -n "$reported" ]; then
  scripts/plumb report merge "$report/gated/conformance.json" "$report/reported/conformance.json" --out "$report" || status=1
fi
exit $status
