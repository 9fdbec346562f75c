using System.Diagnostics;
using Plumb.Fuzz.Generation;
using Xunit.Abstractions;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>Property: every generated module is valid, on Plumb and on Wasmtime.</summary>
public class GeneratedModulesValidateTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(WasmFeatures.Core2, 0, 2000)]
    [InlineData(WasmFeatures.Core1, 100_000, 500)]
    [InlineData(WasmFeatures.BulkMemory, 200_000, 300)]
    [InlineData(WasmFeatures.ReferenceTypes | WasmFeatures.BulkMemory, 300_000, 300)]
    [InlineData(WasmFeatures.MultiValue | WasmFeatures.Simd, 400_000, 300)]
    [InlineData(WasmFeatures.SignExtension | WasmFeatures.SaturatingFloatToInt, 500_000, 300)]
    public void EveryGeneratedModuleValidatesOnPlumbAndWasmtime(WasmFeatures features, long firstSeed, int count)
    {
        var options = GeneratorOptions.Default with { Features = features };
        using var engine = Validity.WasmtimeEngine(features);
        var failures = new List<string>();
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        var generation = new Stopwatch();
        for (long seed = firstSeed; seed < firstSeed + count && failures.Count < 5; seed++)
        {
            generation.Start();
            var fuzzCase = ModuleGenerator.Generate(seed, options);
            generation.Stop();
            bytes += fuzzCase.Wasm.Length;
            if (Validity.OnPlumb(fuzzCase.Wasm, features) is { } plumb)
            {
                failures.Add($"seed {seed}: Plumb: {plumb}");
            }
            if (Validity.OnWasmtime(engine, fuzzCase.Wasm) is { } wasmtime)
            {
                failures.Add($"seed {seed}: Wasmtime: {wasmtime}");
            }
        }
        output.WriteLine($"{count} modules, {bytes / count} bytes on average, generated in {generation.ElapsedMilliseconds} ms " +
            $"({count / generation.Elapsed.TotalSeconds:F0} per second), generated and validated twice in {clock.ElapsedMilliseconds} ms");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
