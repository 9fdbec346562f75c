#!/usr/bin/env bash
# Runs every test of the solution, then the conformance gate and the differential smoke run. Usage: scripts/test.sh [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-tools.sh
# Chromium, for the test that renders the HTML conformance report headless.
bash scripts/install-report-tools.sh >/dev/null
dotnet test Plumb.slnx -c Release --nologo "$@"
# The conformance gate: wg-1.0 and wg-2.0 on the interpreter and the compiler, compared with the committed baseline of
# this platform (reports/baseline/<os>-<arch>). Fails on any command that passed there and fails now,
# and when there is no baseline for the platform.
scripts/plumb spec --suite wg-1.0,wg-2.0 --engine interpreter,compiler --baseline
# The differential smoke run: a fixed range of generated modules on both engines and Wasmtime (the compiler's
# JIT makes it slower than the default 60 s allow on a loaded machine, hence --seconds). Any
# divergence fails, and its reduced script lands in artifacts/fuzz-smoke/divergences/.
scripts/plumb fuzz --engines interpreter,compiler,wasmtime --seed 1 --cases 3000 --seconds 600 --report artifacts/fuzz-smoke
