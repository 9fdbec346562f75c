using System.Collections.Concurrent;
using Plumb.Binary;
using Plumb.Structure;
using Plumb.Text;
using Plumb.Validation;
using Xunit.Abstractions;

namespace Plumb.Tests.Spec;

/// <summary>
/// The printer against the suites: every text module that validates prints to text that parses
/// back to the same module (https://webassembly.github.io/spec/core/text/index.html).
/// </summary>
public class PrinterRoundTripTests(ITestOutputHelper output)
{
    [Fact]
    public void EveryValidSuiteModulePrintsToTextThatParsesBackToIt() =>
        CheckRoundTrip(Text.Wast.WastModuleKind.Text, Comparable, "text");

    [Fact]
    public void EveryValidSuiteBinaryModulePrintsToTextThatParsesBackToItsEquivalent() =>
        CheckRoundTrip(Text.Wast.WastModuleKind.Binary, Canonical, "binary");

    /// <summary>
    /// Prints every valid suite module of <paramref name="kind"/>, parses the text back and compares
    /// both sides after <paramref name="normalise"/> (what the text format cannot express).
    /// </summary>
    private void CheckRoundTrip(Text.Wast.WastModuleKind kind, Func<Module, Module> normalise, string label)
    {
        Assert.NotEmpty(SpecCorpus.Scripts);
        var failures = new ConcurrentBag<string>();
        int printed = 0;
        Parallel.ForEach(SuiteModules.All.Where(m => m.Module.Kind == kind), module =>
        {
            Module original;
            try
            {
                original = ModuleReader.Read(module.Module.Bytes!, module.Script.Features);
                Validator.Validate(original, module.Script.Features);
            }
            catch (WasmException)
            {
                return;
            }
            Interlocked.Increment(ref printed);
            try
            {
                var reparsed = Wat.Parse(WatPrinter.Print(original));
                if (ModuleComparer.Difference(normalise(original), normalise(reparsed)) is { } difference)
                {
                    failures.Add($"{module.Key}: {difference}");
                }
            }
            catch (WasmMalformedException e)
            {
                failures.Add($"{module.Key}: printed text does not parse: {FrontEndWalk.Describe(e)}");
            }
        });
        output.WriteLine($"{printed} valid {label} modules printed, {failures.Count} did not round-trip");
        Assert.True(printed > 0);
        Assert.True(failures.IsEmpty, $"{failures.Count} modules did not round-trip:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(40)));
    }

    /// <summary>Text has no custom sections; names are comments or ids, not part of the module's meaning.</summary>
    private static Module Comparable(Module module) => module with { Customs = [], Names = null };

    /// <summary>
    /// What the binary format can say and the text format cannot: how locals are grouped into runs,
    /// an empty <c>else</c>, which element encoding a segment used, whether a data count section was
    /// present. The text encoder picks these the reference interpreter's way; this maps both sides there.
    /// </summary>
    private static Module Canonical(Module module) => Comparable(module) with
    {
        DataCount = null,
        Codes = [.. module.Codes.Select(body => body with { Locals = MergeRuns(body.Locals), Code = WithoutEmptyElse(body.Code) })],
        Elements = [.. module.Elements.Select(e => e with
        {
            UsesExpressions = e.Type != ValType.FuncRef || e.Init.Any(i => i.Instructions.Length != 1 || i.Instructions[0].Opcode != Plumb.Instructions.Opcode.RefFunc),
        })],
    };

    private static System.Collections.Immutable.ImmutableArray<LocalRun> MergeRuns(System.Collections.Immutable.ImmutableArray<LocalRun> runs)
    {
        var merged = new List<LocalRun>();
        foreach (var run in runs.Where(r => r.Count > 0))
        {
            if (merged.Count > 0 && merged[^1].Type == run.Type)
            {
                merged[^1] = merged[^1] with { Count = merged[^1].Count + run.Count };
            }
            else
            {
                merged.Add(run);
            }
        }
        return [.. merged];
    }

    private static System.Collections.Immutable.ImmutableArray<Instruction> WithoutEmptyElse(System.Collections.Immutable.ImmutableArray<Instruction> code) =>
        [.. code.Where((instruction, i) => !(instruction.Opcode == Plumb.Instructions.Opcode.Else && i + 1 < code.Length && code[i + 1].Opcode == Plumb.Instructions.Opcode.End))];
}
