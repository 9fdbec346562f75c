#!/usr/bin/env bash
# The conformance gate of ci/ci.yml, on any platform: wg-1.0 and wg-2.0 on the interpreter and the compiler.
#   - This platform has a baseline (reports/baseline/<os>-<arch>/conformance.json): `plumb spec --baseline`, which
#     fails on any command that passed there and fails now, and on an engine and suite run it has no baseline for.
#   - It has none (windows-x64 and macos-arm64 today): the same run, reported but never failed, whatever it
#     found; the report (--report DIR) shows its failures and `plumb report merge` puts it beside the others.
#     Commit a baseline from such a run (its conformance.json, conformance.md, junit.xml) to gate that platform.
# Usage: ci/spec-gate.sh [more plumb spec options, e.g. --report DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
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
run=(scripts/plumb spec --suite wg-1.0,wg-2.0 --engine interpreter,compiler)
if [ -f "reports/baseline/$platform/conformance.json" ]; then
  echo "spec-gate: $platform has a baseline: gating on reports/baseline/$platform" >&2
  exec "${run[@]}" --baseline "$@"
fi
status=0
"${run[@]}" "$@" || status=$?
echo "spec-gate: $platform has no baseline (reports/baseline/$platform): reported, not gated (plumb spec exited $status)" >&2
exit 0
