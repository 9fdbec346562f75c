#!/usr/bin/env bash
# Runs the benchmark kernels of corpora/bench natively (gcc -O2), on Wasmtime (NuGet) and on wabt's wasm-interp,
# side by side, and prints one table: per kernel the median time and the ratio to native, and the geometric
# means. Not part of scripts/test.sh: it takes minutes and its figures depend on the machine's load.
#   scripts/bench.sh                 full run (native runs take 20-40 ms per kernel)
#   scripts/bench.sh --quick         a tenth of the work per kernel, fewer iterations (about half a minute)
#   scripts/bench.sh --filter fib,sieve --engines wasmtime    narrower runs
# The table is also written to artifacts/bench/kernels.md.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="${PLUMB_ARTIFACTS:-$root/artifacts}"
bash "$root/scripts/build-bench.sh" --native-only
dotnet build "$root/runtime/Plumb.Benchmarks/Plumb.Benchmarks.csproj" -c Release --nologo -v q -clp:ErrorsOnly >&2
mkdir -p "$artifacts/bench"
dotnet "$artifacts/bin/Plumb.Benchmarks/release/Plumb.Benchmarks.dll" kernels --root "$root" --artifacts "$artifacts" \
  --out "$artifacts/bench/kernels.md" "$@"
