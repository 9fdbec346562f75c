using Plumb.Fuzz.Generation;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>Property: any fuzzer input, empty included, drives the generator to a valid module.</summary>
public class RawInputTests
{
    [Fact]
    public void EmptyInputGivesAValidModule()
    {
        var fuzzCase = ModuleGenerator.Generate([], GeneratorOptions.Default);
        Assert.Equal(-1, fuzzCase.Seed);
        Assert.Null(Validity.OnPlumb(fuzzCase.Wasm, WasmFeatures.Core2));
        Assert.NotEmpty(fuzzCase.Calls);
    }

    [Theory]
    [InlineData(WasmFeatures.Core2)]
    [InlineData(WasmFeatures.Core1)]
    public void ArbitraryBytesGiveValidModules(WasmFeatures features)
    {
        var options = GeneratorOptions.Default with { Features = features };
        using var engine = Validity.WasmtimeEngine(features);
        var random = new Random(11);
        var failures = new List<string>();
        for (int i = 0; i < 500 && failures.Count < 5; i++)
        {
            var input = new byte[random.Next(0, i < 250 ? 64 : 4096)];
            // Some inputs all one byte value: the extremes of every choice.
            if (i % 10 == 0)
            {
                Array.Fill(input, (byte)(i % 20 == 0 ? 0xFF : 0x00));
            }
            else
            {
                random.NextBytes(input);
            }
            var fuzzCase = ModuleGenerator.Generate(input, options);
            Assert.Equal(fuzzCase.Wasm, ModuleGenerator.Generate(input, options).Wasm);
            if ((Validity.OnPlumb(fuzzCase.Wasm, features) ?? Validity.OnWasmtime(engine, fuzzCase.Wasm)) is { } error)
            {
                failures.Add($"input {Convert.ToHexString(input)}: {error}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
