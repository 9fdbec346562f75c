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
    public void EveryValidSuiteModulePrintsToTextThatParsesBackToIt()
    {
        Assert.NotEmpty(SpecCorpus.Scripts);
        var failures = new ConcurrentBag<string>();
        int printed = 0;
        Parallel.ForEach(SuiteModules.All.Where(m => m.Module.Kind == Text.Wast.WastModuleKind.Text), module =>
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
            string text = WatPrinter.Print(original);
            try
            {
                if (ModuleComparer.Difference(Comparable(original), Comparable(Wat.Parse(text))) is { } difference)
                {
                    failures.Add($"{module.Key}: {difference}");
                }
            }
            catch (WasmMalformedException e)
            {
                failures.Add($"{module.Key}: printed text does not parse: {FrontEndWalk.Describe(e)}");
            }
        });
        output.WriteLine($"{printed} valid text modules printed, {failures.Count} did not round-trip");
        Assert.True(printed > 0);
        Assert.True(failures.IsEmpty, $"{failures.Count} modules did not round-trip:\n" + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(40)));
    }

    /// <summary>Text has no custom sections; names are comments or ids, not part of the module's meaning.</summary>
    private static Module Comparable(Module module) => module with { Customs = [], Names = null };
}
