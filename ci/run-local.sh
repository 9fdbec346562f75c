#!/usr/bin/env bash
# The steps of ci/ci.yml and ci/fuzz-nightly.yml on this machine, one platform, in order:
#   tests   the test oracles' install scripts, then every test (dotnet test Plumb.slnx -c Release)
#   gate    the conformance gate (ci/spec-gate.sh: gated where reports/baseline/<platform> exists, reported elsewhere)
#   fuzz    each coverage-guided fuzz target for a short while (scripts/fuzz.sh; the nightly gives each an hour),
#           its corpus kept in corpora/fuzz/<target>/ as the workflow's cache keeps it
#   report  `plumb report merge` of this run with the committed runs of the other platforms
#           (reports/baseline/*/conformance.json), one page as the workflow publishes it
# Everything goes to artifacts/ci/: conformance/<platform>/ (this run's report), site/ (the merged page).
# Usage: ci/run-local.sh [--steps tests,gate,fuzz,report] [--fuzz-seconds N] [--targets decode,validate,...]
# Exit code: 0 when every step passed, else that of the first step that failed (the later steps still run).
set -euo pipefail
cd "$(dirname "$0")/.."
steps="tests,gate,fuzz,report"; fuzz_seconds=30; targets="decode,validate,text,wast,execute"
while [ $# -gt 0 ]; do
  case "$1" in
    --steps) steps="$2"; shift 2 ;;
    --fuzz-seconds) fuzz_seconds="$2"; shift 2 ;;
    --targets) targets="$2"; shift 2 ;;
    *) echo "usage: ci/run-local.sh [--steps tests,gate,fuzz,report] [--fuzz-seconds N] [--targets decode,validate,...]" >&2; exit 2 ;;
  esac
done
has() { [[ ",$steps," == *",$1,"* ]]; }
out=artifacts/ci
status=0
step() {
  local name="$1"; shift
  echo "run-local: == $name: $*" >&2
  local start=$SECONDS code=0
  "$@" || code=$?
  echo "run-local: == $name: exit code $code after $((SECONDS - start)) s" >&2
  [ $code -eq 0 ] || [ $status -ne 0 ] || status=$code
}
# The platform's id as the report names it, for this run's folder (the same mapping as ci/spec-gate.sh's).
platform="$(uname -s | tr '[:upper:]' '[:lower:]' | sed 's/^darwin$/osx/; s/^mingw.*\|^msys.*\|^cygwin.*/windows/')-$(uname -m | sed 's/^x86_64$/x64/; s/^amd64$/x64/; s/^aarch64$/arm64/')"

if has tests; then
  step "install test oracles" bash -c 'bash scripts/install-tools.sh && bash scripts/install-report-tools.sh >/dev/null'
  step "tests" dotnet test Plumb.slnx -c Release --nologo
fi
if has gate; then
  rm -rf "$out/conformance/$platform"
  step "conformance gate" bash ci/spec-gate.sh --report "$out/conformance/$platform"
fi
if has fuzz; then
  IFS=, read -r -a list <<<"$targets"
  for t in "${list[@]}"; do
    step "fuzz $t" scripts/fuzz.sh "$t" --seconds "$fuzz_seconds"
  done
fi
if has report; then
  runs=(); here=""
  [ -f "$out/conformance/$platform/conformance.json" ] && here="$out/conformance/$platform/conformance.json" && runs+=("$here")
  for b in reports/baseline/*/conformance.json; do
    # This platform's own baseline would repeat this run's cells (report merge refuses two runs of one cell).
    [ "$(basename "$(dirname "$b")")" = "$platform" ] && [ -n "$here" ] && continue
    runs+=("$b")
  done
  step "report merge" scripts/plumb report merge "${runs[@]}" --out "$out/site"
  echo "run-local: the merged page is $out/site/index.html" >&2
fi
exit $status
