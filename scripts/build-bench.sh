#!/usr/bin/env bash
# Builds the benchmark kernels in corpora/bench: each KERNEL.c to KERNEL.wasm beside it (committed; clang-14
# and lld-14, no libc, no imports) and to a native executable (gcc -O2) under artifacts/bench/native.
# Usage: scripts/build-bench.sh [--wasm-only|--native-only]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bench="$root/corpora/bench"
out="${PLUMB_ARTIFACTS:-$root/artifacts}/bench/native"
mode="${1:-all}"
bash "$root/scripts/install-bench-tools.sh"
mkdir -p "$out"

# -fno-builtin keeps hand-written copy/fill loops as loops (otherwise they would become calls to a memcpy
# that does not exist without libc); -mbulk-memory lets __builtin_memcpy/memset become memory.copy/fill.
# -fno-math-errno lets sqrt be one instruction natively too.
wasm_flags=(--target=wasm32 -O2 -nostdlib -fno-builtin -fno-math-errno -mbulk-memory
            -Wl,--no-entry -Wl,--export=run -Wl,--strip-debug -Wl,-z,stack-size=65536)
native_flags=(-O2 -fno-builtin -fno-math-errno)

while IFS=$'\t' read -r name _; do
  case "$name" in ''|'#'*|kernel) continue ;; esac
  src="$bench/$name.c"
  if [ "$mode" != --native-only ]; then
    clang-14 "${wasm_flags[@]}" -o "$bench/$name.wasm.tmp" "$src"
    mv "$bench/$name.wasm.tmp" "$bench/$name.wasm"
  fi
  if [ "$mode" != --wasm-only ]; then
    gcc "${native_flags[@]}" -o "$out/$name.native" "$bench/native/main.c" "$src"
  fi
done < "$bench/kernels.tsv"
