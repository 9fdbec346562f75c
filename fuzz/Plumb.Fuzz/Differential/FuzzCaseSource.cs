using Plumb.Fuzz.Generation;
using Plumb.Fuzz.Mutation;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Where cases come from, by seed: the generator of valid modules and its mutants for <c>plumb fuzz</c>, and the
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

    /// <summary>The share of cases <c>plumb fuzz</c> mutates by default.</summary>
    public const double DefaultMutationRate = 0.25;

    /// <summary>
    /// <see cref="Default"/>, with the share <paramref name="rate"/> of seeds (chosen by the seed, so a run
    /// stays reproducible) replaced by a mutant of their module (<see cref="ModuleMutator"/>): mostly
    /// invalid or malformed modules, whose load verdicts the oracle compares.
    /// </summary>
    public static Func<long, FuzzCase> Mutating(WasmFeatures features, double rate = DefaultMutationRate)
    {
        var generate = Default(features);
        return seed =>
        {
            var generated = generate(seed);
            return ModuleMutator.Chooses(seed, rate) ? ModuleMutator.Mutate(generated, seed) : generated;
        };
    }
}
