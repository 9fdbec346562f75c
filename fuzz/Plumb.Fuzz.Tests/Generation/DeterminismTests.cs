using Plumb.Fuzz.Generation;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>Property: a seed determines the case, bytes and calls alike.</summary>
public class DeterminismTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(42)]
    [InlineData(-7)]
    [InlineData(long.MaxValue)]
    public void TheSameSeedGivesTheSameCase(long seed)
    {
        var first = ModuleGenerator.Generate(seed, GeneratorOptions.Default);
        var second = ModuleGenerator.Generate(seed, GeneratorOptions.Default);
        Assert.Equal(first.Wasm, second.Wasm);
        Assert.Equal(first.Calls.Select(c => (c.Export, string.Join(",", c.Args))), second.Calls.Select(c => (c.Export, string.Join(",", c.Args))));
        Assert.Equal(seed, first.Seed);
    }

    [Fact]
    public void DifferentSeedsGiveDifferentModules()
    {
        var modules = Enumerable.Range(0, 50).Select(s => Convert.ToHexString(ModuleGenerator.Generate(s, GeneratorOptions.Default).Wasm));
        Assert.True(modules.Distinct().Count() >= 45);
    }
}
