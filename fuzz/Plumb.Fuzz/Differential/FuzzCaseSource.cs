using Plumb.Fuzz.Generation;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Where cases come from, by seed: the generator of valid modules for <c>plumb fuzz</c>, and the
/// hand-written cases that the oracle's own tests use (small modules near operator edges).
/// </summary>
public static class FuzzCaseSource
{
    /// <summary>The built-in hand-written cases (<see cref="HandWrittenCases"/>).</summary>
    public static Func<long, FuzzCase> HandWritten { get; } = HandWrittenCases.Get;

    /// <summary>The source <c>plumb fuzz</c> uses: <see cref="ModuleGenerator"/> with the default sizes and <paramref name="features"/>.</summary>
    public static Func<long, FuzzCase> Default(WasmFeatures features)
    {
        var options = GeneratorOptions.Default with { Features = features };
        return seed => ModuleGenerator.Generate(seed, options);
    }
}
