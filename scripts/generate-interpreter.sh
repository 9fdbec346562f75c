#!/usr/bin/env bash
# Writes the interpreter's loop (runtime/Plumb/Engines/Interpreter/Machine.Execute.g.cs and LoopCode.g.cs) and the typed
# forms of the embedding API (runtime/Plumb/Api/*.g.cs: one overload per arity) from the
# templates of runtime/Plumb.Generator. Run it after changing a template, a handler's table row or a RegisterOp form;
# runtime/Plumb.Tests (DispatchTests) fails while the checked-in files differ. Usage: scripts/generate-interpreter.sh [--check]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dotnet run --project "$root/runtime/Plumb.Generator" -c Release -- "$root" "$@"
