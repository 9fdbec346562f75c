#!/usr/bin/env bash
# Builds the benchmark modules of corpora/bench with clang-14 and lld-14 (no libc, no imports):
#   - each kernel KERNEL.c (listed in kernels.tsv) to KERNEL.wasm beside it, committed;
#   - each kernel to a native executable (gcc -O2) under artifacts/bench/native, the baseline;
#   - large/large.wasm, committed: a program of many varied functions written by large/gen-large.c, the
#     input of the decode+validate throughput benchmark.
# Usage: scripts/build-bench.sh [--native-only]    (scripts/bench.sh builds only the native executables)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/corpora/bench"
out="${PLUMB_ARTIFACTS:-$root/artifacts}/bench"
mode="${1:-all}"
bash "$root/scripts/install-bench-tools.sh"
mkdir -p "$out/native"

# -fno-builtin keeps hand-written copy/fill loops as loops (otherwise they would become calls to a memcpy
# that does not exist without libc); -mbulk-memory lets __builtin_memcpy/memset become memory.copy/fill.
# -fno-math-errno lets sqrt be one instruction natively too.
wasm_flags=(--target=wasm32 -O2 -nostdlib -fno-builtin -fno-math-errno -mbulk-memory
            -Wl,--no-entry -Wl,--export=run -Wl,--strip-debug -Wl,-z,stack-size=65536)
native_flags=(-O2 -fno-builtin -fno-math-errno)

wasm() { # wasm OUT.wasm SRC.c: writes through a temporary file so a failed build leaves no half module
  local extra=()
  # The simd kernel measures v128 code: clang vectorises its loops only with the SIMD feature on.
  [ "$(basename "$2")" = simd.c ] && extra=(-msimd128)
  clang-14 "${wasm_flags[@]}" ${extra[@]+"${extra[@]}"} -o "$1.tmp" "$2"
  chmod -x "$1.tmp"
  mv "$1.tmp" "$1"
}

while IFS=$'\t' read -r name _; do
  case "$name" in ''|'#'*|kernel) continue ;; esac
  [ "$mode" = --native-only ] || wasm "$bench/$name.wasm" "$bench/$name.c"
  gcc "${native_flags[@]}" -o "$out/native/$name.native" "$bench/native/main.c" "$bench/$name.c"
done < "$bench/kernels.tsv"

if [ "$mode" != --native-only ]; then
  # 6000 functions give about 1.5 MB, the size of SQLite compiled to Wasm.
  gcc -O2 -o "$out/gen-large" "$bench/large/gen-large.c"
  "$out/gen-large" 6000 12345 > "$out/large.c"
  wasm "$bench/large/large.wasm" "$out/large.c"
fi
