#!/usr/bin/env python3
"""Regenerates harness/known-differences.json from a conformance report.

Usage: scripts/known-differences.py out/conformance.json [--write]

Each failure of an engine other than Plumb's is matched against RULES (engine prefix, suite,
file, command prefix, actual prefix) to find its reason. Failures no rule explains are listed and
never written: explain them with a new rule (and review the diff) or fix the cause.
"""
import json
import os
import sys

SEGMENTS = ("Core 1.0 checks every segment's bounds before instantiation writes anything and reports the "
            "module unlinkable; {engine} implements Core 2.0, which writes segments in order and traps at the first "
            "out-of-bounds one (https://webassembly.github.io/spec/core/exec/modules.html#instantiation)")
PARTIAL = ("Core 2.0 instantiation in {engine}: the segments before the out-of-bounds one were written before the "
           "trap, so the table or memory shows them; Core 1.0 expects them untouched")
BR_TABLE = ("Core 1.0 requires every br_table target to have the same label type, even after unreachable; "
            "{engine} validates with the Core 2.0 rule (targets need only match the operand stack)")
MULTI_VALUE = "{engine} cannot switch off multi-value (Core 2.0); Core 1.0 allows at most one result"
MULTI_TABLE = "{engine} cannot switch off reference types (Core 2.0), which allow several tables; Core 1.0 allows one"

# (engine prefix, suite, file, command prefix, actual prefix, reason)
RULES = [
    ("", "wg-1.0", None, "assert_unlinkable", "trap", SEGMENTS),
    ("", "wg-1.0", "linking.wast", "assert_", "", PARTIAL),
    ("", "wg-1.0", "unreached-invalid.wast", "assert_invalid", "ok", BR_TABLE),
    ("process:node", "wg-1.0", None, "assert_invalid", "ok", None),  # resolved by the expected message below
]
BY_MESSAGE = {"invalid result arity": MULTI_VALUE, "multiple tables": MULTI_TABLE}
NAMES = {"wasmtime": "Wasmtime", "process:node": "V8"}


def reason_for(engine, suite, file, failure):
    for prefix, s, f, command, actual, reason in RULES:
        if not engine.startswith(prefix) or s != suite or (f and f != file):
            continue
        if not failure["command"].startswith(command) or not failure["actual"].startswith(actual):
            continue
        if reason is None:
            reason = next((r for m, r in BY_MESSAGE.items() if m in failure["expected"]), None)
            if reason is None:
                continue
        name = next((n for p, n in NAMES.items() if engine.startswith(p)), engine)
        return reason.format(engine=name)
    return None


def main():
    report = json.load(open(sys.argv[1]))
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    path = os.path.join(root, "harness", "known-differences.json")
    entries, unexplained = [], []
    for run in report["runs"]:
        if run["engine"] in ("interpreter", "compiler"):
            continue  # Plumb's own engines have no known differences: they are bugs
        for f in run["files"]:
            for x in f["failures"]:
                reason = reason_for(run["engine"], run["suite"], f["file"], x)
                where = f'{run["engine"]} {run["suite"]} {f["file"]}:{x["line"]} {x["command"]}: {x["actual"]}'
                if reason is None:
                    unexplained.append(where)
                else:
                    entries.append({"engine": run["engine"], "suite": run["suite"], "file": f["file"],
                                    "line": x["line"], "command": x["command"], "reason": reason})
    for u in unexplained:
        print("unexplained:", u)
    print(f"{len(entries)} known differences, {len(unexplained)} unexplained failures")
    if "--write" in sys.argv:
        with open(path, "w") as out:
            json.dump({"entries": entries}, out, indent=2)
            out.write("\n")
        print("wrote", path)


main()
