#!/usr/bin/env python3
"""Writes the dispatch part of the interpreter's loop (runtime/Plumb/Engines/Interpreter/Machine.cs).

The loop is threaded: every handler ends with a jump to one of a few dispatch sites, each of which reads
the next op and jumps through its own copy of the switch (runtime/RATIONALE.md, "How does the interpreter
dispatch?"). The copies are identical and long, so they are written by this script from the handlers'
comment lines ("// case Opcode.X, case ..." or "// default", then the handler's label), between the
"// <dispatch>" and "// </dispatch>" markers. Run it after adding, removing or renaming a handler or a
site; runtime/Plumb.Tests/Engines/Interpreter/DispatchTests.cs fails while the copies and the handlers disagree.

The switches do not read the translator's codes (an Opcode row plus a form's offset, which leave gaps)
but dense loop codes, one per handler in the handlers' order, so that every jump table is as short as
it can be: the script also writes runtime/Plumb/Engines/Interpreter/LoopCode.cs, the enum and its mapping from
and back to the translator's codes.
"""
import re
import sys
from pathlib import Path

# The sites, in the order they are written (the order changes the code's layout, so it is fixed here).
SITES = ["I32Arith", "I32Bits", "Select", "Copy", "I32", "I64", "Float", "Load", "Store", "Compare",
         "Branch", "Misc", "Jump", "Call"]

folder = Path(__file__).resolve().parent.parent / "runtime" / "Plumb" / "Engines" / "Interpreter"
path = folder / "Machine.cs"
lines = path.read_text().split("\n")
begin = next(i for i, l in enumerate(lines) if l.strip().startswith("// <dispatch>"))
end = next(i for i, l in enumerate(lines) if l.strip() == "// </dispatch>")

handlers = []  # (case labels, label)
for i in [i for i in range(len(lines) - 1) if not begin <= i <= end]:
    m = re.match(r"^ {8}// ((?:case [^,]+(?:, )?)+|default)$", lines[i])
    label = re.match(r"^ {8}(\w+):$", lines[i + 1])
    if m and label:
        cases = ["default"] if m.group(1) == "default" else [c.strip()[5:] for c in m.group(1).split(", ")]
        if len(cases) > 1:
            sys.exit(f"generate-dispatch: {label.group(1)} handles {len(cases)} codes; give each code a handler of its own")
        handlers.append((cases, label.group(1)))
used = set(re.findall(r"goto Dispatch(\w+);", "\n".join(lines[:begin] + lines[end:])))
unknown = used - set(SITES)
if unknown:
    sys.exit(f"generate-dispatch: sites used but not listed in SITES: {sorted(unknown)}")

out = []
for site in SITES:
    if site not in used:
        continue
    out += [f"        Dispatch{site}:", "            ip++;", "            switch (ip->Loop)", "            {"]
    for cases, label in handlers:
        out.append(f"                {'default:' if cases == ['default'] else f'case LoopCode.{label}:'}")
        out.append(f"                    goto {label};")
    out.append("            }")
lines[begin + 1:end] = out
path.write_text("\n".join(lines))

# Which fields of an op hold slots, per handler: those it adds to the frame pointer ("(byte*)fp + ip->X"),
# and those of the blocks it jumps on to with the same op (a handler that moves ip first hands over another op).
start = next(i for i, l in enumerate(lines) if l.startswith("    private void Execute(FunctionInstance entry)"))
begin = next(i for i, l in enumerate(lines) if l.strip().startswith("// <dispatch>"))
end = next(i for i, l in enumerate(lines) if l.strip() == "// </dispatch>")
close = next(i for i in range(end, len(lines)) if lines[i] == "    }")
blocks, current = {}, None
for i in list(range(start, begin)) + list(range(end + 1, close)):
    label = re.match(r"^ {8}(\w+):$", lines[i])
    if label:
        current = blocks.setdefault(label.group(1), [])
    elif current is not None:
        current.append(lines[i])
def fields(label, seen=()):
    body = "\n".join(blocks[label])
    found = set(re.findall(r"\(byte\*\)fp \+ (?:\(int\))?ip->([ABCDH])\b", body))
    if not re.search(r"\bip (?:\+)?= ", body):
        for target in re.findall(r"goto (\w+);", body):
            if not target.startswith("Dispatch") and target in blocks and target not in seen:
                found |= fields(target, seen + (label,))
    return found
BITS = {"A": 1, "B": 2, "C": 4, "D": 8, "H": 16}
def mask(label):
    return sum(BITS[f] for f in fields(label))

coded = [(cases[0], label) for cases, label in handlers if cases != ["default"]]
default = next(label for cases, label in handlers if cases == ["default"])
enum = [f"    {label}," for _, label in coded] + [f"    {default},"]
to_loop = [f"        {case} => LoopCode.{label}," for case, label in coded] + [f"        _ => LoopCode.{default},"]
to_code = [f"        LoopCode.{label} => {case}," for case, label in coded] + ["        _ => RegisterOp.Other,"]
(folder / "LoopCode.cs").write_text("\n".join([
    "// Written by scripts/generate-dispatch.py from the handlers of Machine.Execute: do not edit.",
    "using Plumb.Instructions;",
    "",
    "namespace Plumb.Engines.Interpreter;",
    "",
    "/// <summary>",
    "/// The codes the interpreter's loop switches on: one per handler of <c>Machine.Execute</c>, dense from 0,",
    "/// so that every dispatch site's jump table has no gaps. A built <see cref=\"InterpretedFunction\"/>",
    "/// holds these in place of the translator's codes (see <see cref=\"LoopCodes\"/>).",
    "/// </summary>",
    "internal enum LoopCode : ushort",
    "{",
    *enum,
    "}",
    "",
    "/// <summary>The mapping between the translator's codes (table rows and register forms) and <see cref=\"LoopCode\"/>.</summary>",
    "internal static class LoopCodes",
    "{",
    "    /// <summary>The loop code of a translated op's code; codes without a handler of their own are <see cref=\"LoopCode.Other\"/>.</summary>",
    "    public static LoopCode Of(Opcode code) => code switch",
    "    {",
    *to_loop,
    "    };",
    "",
    "    /// <summary>",
    "    /// Which fields of an op hold slots, per loop code (bits: 1 A, 2 B, 4 C, 8 D, 16 H): a built",
    "    /// <see cref=\"InterpretedFunction\"/> holds them as byte offsets from the frame base, which the loop",
    "    /// adds to its frame pointer without scaling. Read off the handlers' uses of <c>(byte*)fp + ip->X</c>.",
    "    /// </summary>",
    "    public static ReadOnlySpan<byte> SlotFields =>",
    "    [",
    *[f"        {mask(label)}, // {label}" for _, label in coded],
    f"        {mask(default)}, // {default}",
    "    ];",
    "",
    "    /// <summary>The translator's code that <paramref name=\"loop\"/> stands for.</summary>",
    "    public static Opcode CodeOf(LoopCode loop) => loop switch",
    "    {",
    *to_code,
    "    };",
    "}",
    "",
]))
print(f"generate-dispatch: {len(handlers)} handlers, {sum(s in used for s in SITES)} sites")
