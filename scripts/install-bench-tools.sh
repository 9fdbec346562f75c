#!/usr/bin/env bash
# Installs what the benchmarks need (Debian packages) when it is missing: clang-14 and lld-14 to build the
# kernels to Wasm, gcc for the native baseline, and wabt for its `wasm-interp` column. Never a runtime dependency.
set -euo pipefail
need=()
command -v clang-14 >/dev/null 2>&1 || need+=(clang-14)
command -v wasm-ld-14 >/dev/null 2>&1 || command -v wasm-ld >/dev/null 2>&1 || need+=(lld-14)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
command -v wasm-interp >/dev/null 2>&1 || need+=(wabt)
if [ ${#need[@]} -gt 0 ]; then
  echo "install-bench-tools: installing ${need[*]}" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  # Other jobs on the machine may hold apt's locks: wait for them rather than fail.
  lock=(-o DPkg::Lock::Timeout=600)
  for _ in $(seq 60); do
    $SUDO apt-get "${lock[@]}" update -qq >/dev/null 2>&1 && break
    sleep 5
  done
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get "${lock[@]}" install -y -qq "${need[@]}" >/dev/null
fi
