using Plumb.Binary;
using Plumb.Fuzz.Generation;
using Plumb.Instructions;
using Xunit.Abstractions;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>Property: every row of the instruction table appears in the modules of a fixed seed range.</summary>
public class InstructionTableCoverageTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(WasmFeatures.Core2, 300)]
    [InlineData(WasmFeatures.Core1, 300)]
    public void EveryEnabledRowIsGenerated(WasmFeatures features, int seeds)
    {
        var options = GeneratorOptions.Default with { Features = features };
        var seen = new HashSet<Opcode>();
        for (long seed = 0; seed < seeds; seed++)
        {
            var module = ModuleReader.Read(ModuleGenerator.Generate(seed, options).Wasm, features);
            foreach (var body in module.Codes)
            {
                foreach (var instruction in body.Code)
                {
                    seen.Add(instruction.Opcode);
                }
            }
        }
        var enabled = InstructionTable.All.Where(row => (row.Feature & features) == row.Feature).ToList();
        var missing = enabled.Where(row => !seen.Contains(row.Opcode)).Select(row => row.Mnemonic + (row.Opcode == Opcode.SelectT ? " (typed)" : "")).ToList();
        output.WriteLine($"{enabled.Count - missing.Count} of {enabled.Count} rows enabled for {features} ({InstructionTable.All.Length} in the table) in {seeds} seeds");
        Assert.True(missing.Count == 0, "never generated: " + string.Join(", ", missing));
    }
}
