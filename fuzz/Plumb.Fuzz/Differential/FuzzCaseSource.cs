namespace Plumb.Fuzz.Differential;

/// <summary>
/// Where cases come from, by seed: the seam the generator of valid modules plugs into
/// (<c>seed =&gt; ModuleGenerator.Generate(seed, options)</c>). Until then <see cref="HandWritten"/>.
/// </summary>
public static class FuzzCaseSource
{
    /// <summary>The built-in hand-written cases (<see cref="HandWrittenCases"/>).</summary>
    public static Func<long, FuzzCase> HandWritten { get; } = HandWrittenCases.Get;

    /// <summary>The source <c>plumb fuzz</c> uses for the given features.</summary>
    public static Func<long, FuzzCase> Default(WasmFeatures features)
    {
        _ = features;
        return HandWritten;
    }
}
