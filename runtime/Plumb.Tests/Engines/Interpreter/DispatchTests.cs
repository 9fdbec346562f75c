using Plumb.Instructions;
using Plumb.Engines.Interpreter;
using System.Text.RegularExpressions;

namespace Plumb.Tests.Engines.Interpreter;

/// <summary>
/// The interpreter's loop dispatches from several sites, each with its own copy of the switch
/// (written by scripts/generate-dispatch.py). Every copy must send every code to the handler that
/// the handlers' comments claim it, and every site a handler jumps to must exist.
/// </summary>
public partial class DispatchTests
{
    private static readonly string[] Lines = File.ReadAllLines(
        Path.Combine(Spec.SpecCorpus.RepoRoot, "runtime", "Plumb", "Engines", "Interpreter", "Machine.cs"));

    [Fact]
    public void EverySiteSendsEveryCodeToItsHandler()
    {
        int begin = Array.FindIndex(Lines, l => l.Trim().StartsWith("// <dispatch>", StringComparison.Ordinal));
        int end = Array.FindIndex(Lines, l => l.Trim() == "// </dispatch>");
        Assert.True(begin > 0 && end > begin, "the dispatch markers are missing");

        var expected = new List<(string Case, string Label)>();
        for (int i = 0; i < Lines.Length - 1; i++)
        {
            if (i >= begin && i <= end)
            {
                continue;
            }
            var comment = HandlerComment().Match(Lines[i]);
            var label = LabelLine().Match(Lines[i + 1]);
            if (comment.Success && label.Success)
            {
                var cases = comment.Groups[1].Value == "default" ? ["default"] : comment.Groups[1].Value.Split(", ").Select(c => c[5..]);
                expected.AddRange(cases.Select(c => (c, label.Groups[1].Value)));
            }
        }
        Assert.True(expected.Count > 300, $"found only {expected.Count} handler codes");
        Assert.Equal(expected.Count, expected.Select(e => e.Case).Distinct().Count());

        // The switches read the dense loop codes, named after the handlers' labels (LoopCode.cs).
        var dense = expected.Select(e => (e.Case == "default" ? "default" : $"LoopCode.{e.Label}", e.Label)).ToList();
        var sites = new Dictionary<string, List<(string Case, string Label)>>();
        List<(string, string)>? current = null;
        var pending = new List<string>();
        for (int i = begin + 1; i < end; i++)
        {
            string line = Lines[i].Trim();
            if (DispatchLabel().Match(Lines[i]) is { Success: true } site)
            {
                current = sites[site.Groups[1].Value] = [];
            }
            else if (line.StartsWith("case ", StringComparison.Ordinal) || line == "default:")
            {
                pending.Add(line == "default:" ? "default" : line[5..^1]);
            }
            else if (line.StartsWith("goto ", StringComparison.Ordinal))
            {
                current!.AddRange(pending.Select(c => (c, line[5..^1])));
                pending.Clear();
            }
        }
        var used = Lines.Take(begin).Concat(Lines.Skip(end))
            .SelectMany(l => GotoDispatch().Matches(l).Select(m => m.Groups[1].Value)).ToHashSet();
        Assert.Equal(used.Order(), sites.Keys.Order());
        foreach (var (name, cases) in sites)
        {
            Assert.True(dense.SequenceEqual(cases), $"Dispatch{name} differs from the handlers: run scripts/generate-dispatch.py");
        }

        // LoopCode.cs lists the handlers in order and maps each one's code both ways.
        Assert.Equal(expected.Select(e => e.Label), Enum.GetNames<LoopCode>());
        foreach (var (code, label) in expected.Where(e => e.Case != "default"))
        {
            // "Opcode.Row", "Opcode.Row + RegisterOp.Form" or "RegisterOp.Code".
            var parts = code.Split(" + ");
            var translated = parts[0].StartsWith("RegisterOp.", StringComparison.Ordinal)
                ? (Opcode)typeof(RegisterOp).GetField(parts[0]["RegisterOp.".Length..])!.GetValue(null)!
                : Enum.Parse<Opcode>(parts[0]["Opcode.".Length..]);
            if (parts.Length == 2)
            {
                translated += (ushort)typeof(RegisterOp).GetField(parts[1]["RegisterOp.".Length..])!.GetValue(null)!;
            }
            var loop = Enum.Parse<LoopCode>(label);
            Assert.True(LoopCodes.Of(translated) == loop, $"LoopCode.cs is stale ({code}): run scripts/generate-dispatch.py");
            Assert.Equal(translated, LoopCodes.CodeOf(loop));
        }
        Assert.Equal(LoopCode.Other, LoopCodes.Of(RegisterOp.Other));
    }

    [Fact]
    public void SlotFieldsCoverEveryFieldAHandlerAddsToTheFramePointer()
    {
        // A built function holds byte offsets only in the fields LoopCodes.SlotFields names; a handler that
        // adds another field to the frame pointer would read a slot number as an offset.
        int begin = Array.FindIndex(Lines, l => l.Trim().StartsWith("// <dispatch>", StringComparison.Ordinal));
        string? label = null;
        int checkedHandlers = 0;
        for (int i = 0; i < begin; i++)
        {
            if (LabelLine().Match(Lines[i]) is { Success: true } m && Enum.TryParse<LoopCode>(m.Groups[1].Value, out _))
            {
                label = m.Groups[1].Value;
                checkedHandlers++;
            }
            else if (label is not null)
            {
                int fields = LoopCodes.SlotFields[(int)Enum.Parse<LoopCode>(label)];
                foreach (System.Text.RegularExpressions.Match use in SlotUse().Matches(Lines[i]))
                {
                    int bit = "ABCDH".IndexOf(use.Groups[1].Value[0], StringComparison.Ordinal);
                    Assert.True((fields & (1 << bit)) != 0, $"{label} adds ip->{use.Groups[1].Value} to fp, but LoopCode.cs does not list it: run scripts/generate-dispatch.py");
                }
            }
        }
        Assert.True(checkedHandlers > 300, $"found only {checkedHandlers} handlers");
    }

    [Fact]
    public void TheLoopStaysSmallEnoughForTheJitToOptimize()
    {
        // The JIT compiles a method of more than 60,000 bytes of IL without optimization (MinOpts),
        // which makes the interpreter about twice as slow. Each dispatch site's switch costs about
        // 1.5 KB: a new handler or site must fit, or rarer handlers move out of the loop.
        var execute = typeof(WasmRuntime).Assembly.GetType("Plumb.Engines.Interpreter.Machine")!
            .GetMethod("Execute", System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic)!;
        int size = execute.GetMethodBody()!.GetILAsByteArray()!.Length;
        Assert.True(size < 60_000, $"Machine.Execute has {size} bytes of IL; the JIT stops optimizing above 60,000");
    }

    [GeneratedRegex(@"^ {8}// ((?:case [^,]+(?:, )?)+|default)$")]
    private static partial Regex HandlerComment();

    [GeneratedRegex(@"^ {8}(\w+):$")]
    private static partial Regex LabelLine();

    [GeneratedRegex(@"^ {8}Dispatch(\w+):$")]
    private static partial Regex DispatchLabel();

    [GeneratedRegex(@"\(byte\*\)fp \+ (?:\(int\))?ip->([ABCDH])\b")]
    private static partial Regex SlotUse();

    [GeneratedRegex(@"goto Dispatch(\w+);")]
    private static partial Regex GotoDispatch();
}
