#!/usr/bin/env bash
# Runs every test of the solution. Usage: scripts/test.sh [extra dotnet test args]
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-tools.sh
dotnet test Plumb.slnx -c Release --nologo "$@"
