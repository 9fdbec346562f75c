#!/usr/bin/env bash
# Regenerates the known-failures data files of the spec walks by running their tests in update mode.
# Review the diff before committing: a new line is a regression, a removed line a fix.
set -euo pipefail
cd "$(dirname "$0")/.."
PLUMB_UPDATE_KNOWN_FAILURES=1 dotnet test runtime/Plumb.Tests/Plumb.Tests.csproj -c Release --nologo -v q \
  --filter "FullyQualifiedName~Plumb.Tests.Spec.FrontEndSpecTests" >/dev/null
git --no-pager diff --stat -- runtime/Plumb.Tests/Spec/*known-failures.txt
