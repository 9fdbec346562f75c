using System.Text;

namespace Plumb.Generator.Interpreter;

/// <summary>Writes <c>Machine.Execute</c>: the prologue, every handler, every dispatch site's switch, the tail blocks.</summary>
internal static class ExecuteFile
{
    /// <summary>The file's path from the repository root.</summary>
    public const string Path = "runtime/Plumb/Engines/Interpreter/Machine.Execute.g.cs";

    /// <summary>The file's text.</summary>
    public static string Write(Loop loop)
    {
        var text = new StringBuilder();
        text.Append(Generated.Header);
        text.Append($$"""
            #nullable enable
            using System.Numerics;
            using System.Runtime.CompilerServices;
            using Plumb.Execution;

            namespace Plumb.Engines.Interpreter;

            internal sealed unsafe partial class Machine
            {
                /// <summary>
                /// Runs <paramref name="entry"/>, whose arguments are the top of the stack, until it returns;
                /// its results then start where its arguments did. The loop's live state is two pointers (the op
                /// running, frame base); ops that work on the stack derive its top from their static height, and the
                /// instance and memory are fields, read by the ops that need them. The loop is threaded: each
                /// handler below ends by jumping to one of a few dispatch sites (by the kind of op it is), each with
                /// its own copy of the switch, so that the processor predicts the next op from the current one's
                /// kind (see runtime/RATIONALE.md, "How does the interpreter dispatch?"). Each handler is written
                /// once, as a template of runtime/Plumb.Generator, which writes this method whole.
                /// </summary>
                private void Execute(FunctionInstance entry)
                {
                    int entryDepth = _depth;
                    var fn = (InterpretedFunction)entry.Code!;
                    EnsureStack((long)_sp - fn.ParamCount + fn.MaxHeight);
                    WasmValue* fp = _base + _sp - fn.ParamCount;
                    WasmValue* sp = _base + _sp;
                    new Span<WasmValue>(fp + fn.ZeroFrom, fn.ZeroCount).Clear();
                    _inst = entry.Instance!;
                    _mem = _inst.Memory0;
                    // ip is the op running; each dispatch site first steps it to the next.
                    InterpretedOp* ip = fn.Start - 1;
                    FunctionInstance callee;
                    goto Dispatch{{Loop.Entry}};

            """);
        text.Append('\n');
        foreach (var handler in loop.Handlers)
        {
            text.Append($"        // {(handler.Code is null ? "default" : "case " + handler.CaseText)}\n");
            text.Append($"        {handler.Label}:\n");
            text.Append("            {\n");
            AppendLines(text, handler.Lines, 16);
            text.Append("            }\n");
        }
        text.Append('\n');
        text.Append("        // The dispatch sites: each steps to the next op and switches on its loop code.\n");
        Dispatch.Write(text, loop.Handlers);
        foreach (var tail in loop.Tails)
        {
            text.Append('\n');
            text.Append($"        {tail.Label}:\n");
            AppendLines(text, tail.Lines, 12);
        }
        text.Append("    }\n");
        text.Append("}\n");
        return text.ToString();
    }

    private static void AppendLines(StringBuilder text, IEnumerable<string> lines, int indent)
    {
        foreach (string line in lines)
        {
            text.Append(line.Length == 0 ? "\n" : $"{new string(' ', indent)}{line}\n");
        }
    }
}
