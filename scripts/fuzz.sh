#!/usr/bin/env bash
# Runs one coverage-guided fuzz target of fuzz/Plumb.Fuzz.Targets under AFL++ for a while.
# Usage: scripts/fuzz.sh TARGET [--seconds N]      (targets: decode validate text wast execute; N defaults to 60)
#
# 1. installs afl++ and the sharpfuzz tool (scripts/install-fuzz-tools.sh);
# 2. publishes the targets in Release into artifacts/fuzz/TARGET/bin (building in artifacts/fuzz/TARGET/build) and instruments Plumb.dll and
#    Plumb.Text.dll there with sharpfuzz (the normal build output is never instrumented);
# 3. seeds the corpus: the spec suites' modules or texts (../shared/corpora/spec/wg-2.0, or PLUMB_SUITES)
#    and the inputs kept in corpora/fuzz/TARGET/;
# 4. runs afl-fuzz for N seconds, then keeps the new small inputs AFL found that reached new edges (at most
#    1 KiB, named by content, so deduplicated) in corpora/fuzz/TARGET/ and its crashes and hangs in
#    corpora/fuzz/TARGET/crashes/ and corpora/fuzz/TARGET/hangs/, and prints AFL's figures.
# Exit status: 0 when AFL found no crash, 1 when it did (replay one with
#   dotnet artifacts/fuzz/TARGET/bin/Plumb.Fuzz.Targets.dll TARGET --run corpora/fuzz/TARGET/crashes), 2 on usage errors.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
usage() { sed -n 3p "$0" | sed 's/^# //' >&2; exit 2; }
[ $# -ge 1 ] || usage
target="$1"; shift
seconds=60
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) [ $# -ge 2 ] || usage; seconds="$2"; shift 2 ;;
    *) usage ;;
  esac
done
case "$target" in decode|validate|text|wast|execute) ;; *) echo "fuzz.sh: unknown target '$target'" >&2; usage ;; esac
case "$seconds" in ''|*[!0-9]*) usage ;; esac

work="${PLUMB_FUZZ_DIR:-$root/artifacts/fuzz}"
sharpfuzz="$(bash "$root/scripts/install-fuzz-tools.sh" "$work/tools" | tail -1)"
bin="$work/$target/bin"
rm -rf "$bin" "$work/$target/in" "$work/$target/out"
echo "fuzz.sh: building the targets into $bin" >&2
# Its own artifacts folder per target: the publish never races a build of the work tree (or of another
# target's run) over the same intermediate files.
PLUMB_ARTIFACTS="$work/$target/build" \
  dotnet publish "$root/fuzz/Plumb.Fuzz.Targets/Plumb.Fuzz.Targets.csproj" -c Release --nologo -v q -clp:ErrorsOnly -o "$bin" >&2
app=(dotnet "$bin/Plumb.Fuzz.Targets.dll")

# Seeds first, with the assemblies not yet instrumented.
"${app[@]}" seed-corpus "$target" "$work/$target/in" >&2
kept="$root/corpora/fuzz/$target"
mkdir -p "$kept"
find "$kept" -maxdepth 1 -type f ! -name '*.md' -exec cp {} "$work/$target/in/" \;

for assembly in Plumb.dll Plumb.Text.dll; do
  "$sharpfuzz" "$bin/$assembly" >&2
done

echo "fuzz.sh: afl-fuzz on '$target' for $seconds s" >&2
# dotnet itself is not instrumented (the assemblies are), hence AFL_SKIP_BIN_CHECK. Containers often
# have no cpufreq governor and a core_pattern AFL cannot change; neither matters for these runs.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 \
  AFL_NO_UI=1 AFL_FAST_CAL=1 AFL_NO_AFFINITY=1 AFL_FORKSRV_INIT_TMOUT=60000
# -t: one input may take 5 s (the targets' budgets keep an execution to milliseconds; the first
# inputs of a process also pay for the JIT). -m none: the .NET runtime reserves far more address space than it uses.
afl-fuzz -i "$work/$target/in" -o "$work/$target/out" -V "$seconds" -t 5000 -m none -- "${app[@]}" "$target" \
  > "$work/$target/afl.log" 2>&1 || { tail -30 "$work/$target/afl.log" >&2; echo "fuzz.sh: afl-fuzz failed (log: $work/$target/afl.log)" >&2; exit 2; }

out="$work/$target/out/default"
new=0
for f in "$out"/queue/id:*; do
  [ -f "$f" ] || continue
  # Only inputs that reached new edges (AFL names them +cov), not those that only changed hit counts:
  # an hour of the execute target queues thousands of the latter.
  case "$f" in *orig:*) continue ;; *+cov*) ;; *) continue ;; esac
  [ "$(stat -c %s "$f")" -le 1024 ] || continue
  name="$(sha256sum "$f" | cut -c1-16)"
  if [ ! -e "$kept/$name" ]; then cp "$f" "$kept/$name"; new=$((new + 1)); fi
done
crashes=0
for kind in crashes hangs; do
  for f in "$out/$kind"/id:*; do
    [ -f "$f" ] || continue
    mkdir -p "$kept/$kind"
    cp "$f" "$kept/$kind/$(sha256sum "$f" | cut -c1-16)"
    [ "$kind" = crashes ] && crashes=$((crashes + 1))
  done
done
stat_of() { sed -n "s/^$1 *: *//p" "$out/fuzzer_stats"; }
echo "fuzz.sh: $target: $(stat_of execs_done) executions in $(stat_of run_time) s, $(stat_of execs_per_sec) executions/s," \
  "corpus $(stat_of corpus_count), coverage $(stat_of bitmap_cvg), $crashes crashes, $(stat_of saved_hangs) hangs, $new new inputs kept in corpora/fuzz/$target"
if [ "$crashes" -gt 0 ]; then
  echo "fuzz.sh: replay with: ${app[*]} $target --run $kept/crashes" >&2
  exit 1
fi
