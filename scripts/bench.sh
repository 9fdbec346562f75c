#!/usr/bin/env bash
# Runs the benchmark kernels of corpora/bench natively (gcc -O2), on Plumb's compiler and interpreter, on Wasmtime (NuGet) and on wabt's wasm-interp,
# side by side, and prints one table: per kernel the median CPU time and the ratio to native, and the geometric
# means; then the decode+validate throughput of a large module. Not part of scripts/test.sh: it takes minutes
# and its figures depend on the machine.
#   scripts/bench.sh                 full run (native runs take 20-40 ms per kernel; Plumb and Wasmtime run each
#                                    kernel in three processes and take the median; about 7 minutes)
#   scripts/bench.sh --quick         a tenth of the work per kernel, fewer iterations (about 40 s of CPU)
#   scripts/bench.sh --filter fib,sieve --engines compiler,wasmtime    narrower kernel runs (plumb = compiler,interpreter)
#   scripts/bench.sh --kernels-only | --decode-only
# The tables are also written to artifacts/bench/kernels.md and artifacts/bench/decode.md.
# Start-up (compile, first call, compile all, the compilation cache) and cancellation latency are separate commands
# of the same program: dotnet artifacts/bin/Plumb.Benchmarks/release/Plumb.Benchmarks.dll loading|cancel.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="${PLUMB_ARTIFACTS:-$root/artifacts}"
kernels=1 decode=1 args=()
for arg in "$@"; do
  case "$arg" in
    --kernels-only) decode=0 ;;
    --decode-only) kernels=0 ;;
    *) args+=("$arg") ;;
  esac
done
bash "$root/scripts/build-bench.sh" --native-only
dotnet build "$root/runtime/Plumb.Benchmarks/Plumb.Benchmarks.csproj" -c Release --nologo -v q -clp:ErrorsOnly >&2
mkdir -p "$artifacts/bench"
bench=(dotnet "$artifacts/bin/Plumb.Benchmarks/release/Plumb.Benchmarks.dll")
status=0
if [ "$kernels" = 1 ]; then
  "${bench[@]}" kernels --root "$root" --artifacts "$artifacts" --out "$artifacts/bench/kernels.md" ${args[@]+"${args[@]}"} || status=$?
  echo
fi
if [ "$decode" = 1 ]; then
  "${bench[@]}" decode --root "$root" --artifacts "$artifacts" --out "$artifacts/bench/decode.md" ${args[@]+"${args[@]}"} || status=$?
fi
exit "$status"
