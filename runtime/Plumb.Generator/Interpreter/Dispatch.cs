using System.Text;

namespace Plumb.Generator.Interpreter;

/// <summary>
/// The dispatch sites, by the kind of op that just ran: each has its own copy of the switch, so that the
/// processor predicts the next op from the current one's kind (runtime/RATIONALE.md, "How does the
/// interpreter dispatch?"). Declared in the order the loop lays them out: the order moves the JIT's code
/// layout, so it is kept fixed.
/// </summary>
internal enum Site
{
    /// <summary>After i32 add, sub and mul.</summary>
    I32Arith,

    /// <summary>After i32 and, or and xor.</summary>
    I32Bits,

    /// <summary>After <c>select</c>.</summary>
    Select,

    /// <summary>After <c>local.get</c> and <c>i32.const</c>.</summary>
    Copy,

    /// <summary>After the other i32 operators.</summary>
    I32,

    /// <summary>After i64 operators.</summary>
    I64,

    /// <summary>After float operators.</summary>
    Float,

    /// <summary>After loads.</summary>
    Load,

    /// <summary>After stores.</summary>
    Store,

    /// <summary>After a compare-and-branch not taken.</summary>
    Compare,

    /// <summary>After branches (<c>br</c>, <c>br_if</c>, <c>else</c>).</summary>
    Branch,

    /// <summary>After the rest (returns, globals, <c>memory.size</c> and <c>memory.grow</c>, <see cref="Plumb.Engines.Interpreter.LoopCode.Other"/>), and on entry.</summary>
    Misc,

    /// <summary>After a compare-and-branch taken.</summary>
    Jump,

    /// <summary>After a call: at the callee's first op, or after a call that ran outside the loop.</summary>
    Call,
}

/// <summary>Writes the dispatch sites: each steps to the next op and jumps through its own copy of the switch.</summary>
internal static class Dispatch
{
    /// <summary>
    /// The switch of every site, over the dense loop codes (one per handler, in the handlers' order, so that
    /// each jump table has no gaps), the default going to the handler of every other code.
    /// </summary>
    public static void Write(StringBuilder text, IReadOnlyList<Block> handlers)
    {
        foreach (var site in Enum.GetValues<Site>())
        {
            text.Append($"        Dispatch{site}:\n");
            text.Append("            ip++;\n");
            text.Append("            switch (ip->Loop)\n");
            text.Append("            {\n");
            foreach (var handler in handlers)
            {
                text.Append(handler.Code is null ? "                default:\n" : $"                case LoopCode.{handler.Label}:\n");
                text.Append($"                    goto {handler.Label};\n");
            }
            text.Append("            }\n");
        }
    }
}
