#!/usr/bin/env python3
"""Writes the dispatch part of the interpreter's loop (runtime/Plumb/Interpreter/Machine.cs).

The loop is threaded: every handler ends with a jump to one of a few dispatch sites, each of which reads
the next op and jumps through its own copy of the switch (runtime/RATIONALE.md, "How does the interpreter
dispatch?"). The copies are identical and long, so they are written by this script from the handlers'
comment lines ("// case Opcode.X, case ..." or "// default", then the handler's label), between the
"// <dispatch>" and "// </dispatch>" markers. Run it after adding, removing or renaming a handler or a
site; runtime/Plumb.Tests/Interpreter/DispatchTests.cs fails while the copies and the handlers disagree.
"""
import re
import sys
from pathlib import Path

# The sites, in the order they are written (the order changes the code's layout, so it is fixed here).
SITES = ["I32Arith", "I32Bits", "Select", "Copy", "I32", "I64", "Float", "Load", "Store", "Compare",
         "Branch", "Misc", "Jump", "Call"]

path = Path(__file__).resolve().parent.parent / "runtime" / "Plumb" / "Interpreter" / "Machine.cs"
lines = path.read_text().split("\n")
begin = next(i for i, l in enumerate(lines) if l.strip().startswith("// <dispatch>"))
end = next(i for i, l in enumerate(lines) if l.strip() == "// </dispatch>")

handlers = []  # (case labels, label)
for i in [i for i in range(len(lines) - 1) if not begin <= i <= end]:
    m = re.match(r"^ {8}// ((?:case [^,]+(?:, )?)+|default)$", lines[i])
    label = re.match(r"^ {8}(\w+):$", lines[i + 1])
    if m and label:
        cases = ["default"] if m.group(1) == "default" else [c.strip()[5:] for c in m.group(1).split(", ")]
        handlers.append((cases, label.group(1)))
used = set(re.findall(r"goto Dispatch(\w+);", "\n".join(lines[:begin] + lines[end:])))
unknown = used - set(SITES)
if unknown:
    sys.exit(f"generate-dispatch: sites used but not listed in SITES: {sorted(unknown)}")

out = []
for site in SITES:
    if site not in used:
        continue
    out += [f"        Dispatch{site}:", "            op = ip++;", "            switch (op->Code)", "            {"]
    for cases, label in handlers:
        out += [f"                {'default:' if c == 'default' else f'case {c}:'}" for c in cases]
        out.append(f"                    goto {label};")
    out.append("            }")
lines[begin + 1:end] = out
path.write_text("\n".join(lines))
print(f"generate-dispatch: {len(handlers)} handlers, {sum(s in used for s in SITES)} sites")
