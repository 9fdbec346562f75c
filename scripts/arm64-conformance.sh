#!/usr/bin/env bash
# The conformance run on linux-arm64, from a fresh x64 Debian machine with the .NET SDK: installs the emulator and
# the arm64 libraries (scripts/install-arm64-tools.sh: Debian's qemu-user-static and multiarch packages),
# publishes plumb self-contained for linux-arm64 (the runtime pack comes from NuGet), runs `plumb spec` under
# qemu-user with PLUMB_EMULATED set, one run per suite and engine, and merges the runs into one report.
# On an arm64 machine the same script runs natively (nothing installed, PLUMB_EMULATED unset).
#
# Usage: scripts/arm64-conformance.sh [--suite wg-1.0,wg-2.0] [--engines interpreter,compiler,wasmtime]
#                                     [--out DIR] [--jobs N] [--timeout SECONDS] [--no-r2r]
#   --out DIR   where the reports go (default artifacts/arm64/report): DIR/SUITE-ENGINE/ has each run (conformance.json,
#               conformance.md, junit.xml, index.html, spec.log), DIR/ their merge (`plumb report merge`).
#   --jobs N    worker processes of each run (default 2); the suite x engine runs go at once.
#               `--out reports/baseline/linux-arm64` refreshes the committed baseline (review the diff).
#   --no-r2r    publish without ReadyToRun: every method is then compiled by the JIT under emulation (about
#               three times slower here; harness/RATIONALE.md, "How is linux-arm64 measured?").
# Exit code: 0 when every engine's run passed (or failed only on known differences), 1 when one failed, 2 when
# the emulated .NET could not start at all.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
suite="wg-1.0,wg-2.0"; engines="interpreter,compiler,wasmtime"; out="artifacts/arm64/report"
jobs=2; timeout=1200; r2r=true
while [ $# -gt 0 ]; do
  case "$1" in
    --suite) suite="$2"; shift 2 ;;
    --engines) engines="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --jobs) jobs="$2"; shift 2 ;;
    --timeout) timeout="$2"; shift 2 ;;
    --no-r2r) r2r=false; shift ;;
    *) echo "usage: scripts/arm64-conformance.sh [--suite S] [--engines E,...] [--out DIR] [--jobs N] [--timeout SECONDS] [--no-r2r]" >&2; exit 2 ;;
  esac
done

emulated=""
case "$(uname -m)" in
  aarch64|arm64) ;;
  *)
    bash scripts/install-arm64-tools.sh >/dev/null
    # What the reports name as the emulator (PlatformInfo.Emulation), with its version.
    emulated="qemu-user $(qemu-aarch64-static --version | head -1 | awk '{print $3}')"
    ;;
esac

publish="artifacts/arm64/plumb"
echo "arm64-conformance: publishing plumb for linux-arm64 (self-contained, ReadyToRun $r2r) to $publish" >&2
dotnet publish harness/Plumb.Cli/Plumb.Cli.csproj -c Release -r linux-arm64 --self-contained \
  -p:PublishReadyToRun=$r2r -o "$publish" --nologo -v q -clp:ErrorsOnly
plumb="$publish/Plumb.Cli"

# Under qemu-user, W^X is off: with it, .NET writes code through a second (read-write) mapping of the executable
# pages, which qemu-user (tracking code writes by guest address) likely does not see, so a translation of old code
# can outlive the code; a one-hour run's coordinator died of an access violation in a dynamic method, probably so (harness/RATIONALE.md, "How is linux-arm64 measured?").
wx=1; [ -n "$emulated" ] && wx=0
run() { DOTNET_EnableWriteXorExecute=$wx PLUMB_EMULATED="${emulated:-0}" "$plumb" "$@"; }
if ! version="$(run --version 2>&1)"; then
  echo "arm64-conformance: the linux-arm64 build does not start${emulated:+ under $emulated}:" >&2
  echo "$version" >&2
  exit 2
fi
echo "arm64-conformance: $version${emulated:+, under $emulated}" >&2

# One run per suite and engine, all at once: each writes its report when it ends, so a run of hours on a busy
# machine keeps the suites and engines that finished if a later one is stopped, and the shortest (wg-1.0) end first.
IFS=, read -r -a engine_list <<<"$engines"
IFS=, read -r -a suite_list <<<"$suite"
pids=(); names=(); reports=()
for s in "${suite_list[@]}"; do
  for engine in "${engine_list[@]}"; do
    mkdir -p "$out/$s-$engine"
    echo "arm64-conformance: plumb spec --suite $s --engine $engine --jobs $jobs (started $(date -u +%H:%M:%S) UTC, log $out/$s-$engine/spec.log)" >&2
    (
      start=$SECONDS
      # Exit 1 is a run with failures: its report is written all the same.
      code=0
      run spec --suite "$s" --engine "$engine" --jobs "$jobs" --timeout "$timeout" --report "$out/$s-$engine" >"$out/$s-$engine/spec.log" 2>&1 || code=$?
      echo "arm64-conformance: $s $engine ended with exit code $code after $((SECONDS - start)) s" >&2
      exit $code
    ) &
    pids+=($!); names+=("$s $engine"); reports+=("$out/$s-$engine/conformance.json")
  done
done
status=0
for i in "${!pids[@]}"; do
  wait "${pids[$i]}" || { code=$?; [ $code -eq 1 ] || echo "arm64-conformance: ${names[$i]} did not finish (exit code $code)" >&2; status=1; }
done

# The merge runs natively: it reads JSON and writes the merged report, nothing platform-specific.
present=()
for r in "${reports[@]}"; do [ -f "$r" ] && present+=("$r"); done
[ ${#present[@]} -gt 0 ] && scripts/plumb report merge "${present[@]}" --out "$out"
exit $status
