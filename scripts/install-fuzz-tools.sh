#!/usr/bin/env bash
# Installs what the coverage-guided fuzz targets need, when missing: Debian's afl++ (afl-fuzz) and the
# SharpFuzz instrumentation tool (the dotnet tool SharpFuzz.CommandLine, into a tool folder of the
# build, never globally). Prints the sharpfuzz command to use on its last line.
# Usage: scripts/install-fuzz-tools.sh [TOOL_DIR]   (default artifacts/fuzz/tools)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
tools="${1:-${PLUMB_FUZZ_DIR:-$root/artifacts/fuzz}/tools}"
# The instrumentation tool's version follows the SharpFuzz package pinned in Directory.Packages.props.
sharpfuzz_version="$(sed -n 's/.*PackageVersion Include="SharpFuzz" Version="\([^"]*\)".*/\1/p' "$root/Directory.Packages.props")"
if ! command -v afl-fuzz >/dev/null 2>&1; then
  echo "install-fuzz-tools: installing afl++" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq >/dev/null || true
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq afl++ >/dev/null
fi
if [ ! -x "$tools/sharpfuzz" ]; then
  echo "install-fuzz-tools: installing SharpFuzz.CommandLine $sharpfuzz_version into $tools" >&2
  mkdir -p "$tools"
  dotnet tool install --tool-path "$tools" SharpFuzz.CommandLine --version "$sharpfuzz_version" >/dev/null
fi
echo "$tools/sharpfuzz"
