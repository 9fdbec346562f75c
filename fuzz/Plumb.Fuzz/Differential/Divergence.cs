namespace Plumb.Fuzz.Differential;

/// <summary>What kind of step two engines disagreed on.</summary>
public enum DivergenceKind
{
    /// <summary>Decode and validate verdicts differ (one accepts, the other rejects).</summary>
    Load,
    /// <summary>Instantiation differs: a link error or start trap on one engine only, or different ones.</summary>
    Instantiate,
    /// <summary>A call's outcome differs: values, trap versus value, trap kind, exhaustion.</summary>
    Call,
    /// <summary>The final state differs: an exported global's value.</summary>
    State,
    /// <summary>An engine threw out of its adapter or broke the adapter contract (an engine error).</summary>
    Crash,
    /// <summary>An engine did not finish the case within the time limit.</summary>
    Hang,
}

/// <summary>
/// One disagreement between the reference engine and another engine on one case: enough to
/// reproduce it (the seed, the step) and to read it (both outcomes as text).
/// </summary>
/// <param name="Seed">The case's seed.</param>
/// <param name="Kind">The step that differs.</param>
/// <param name="Reference">The reference engine's name.</param>
/// <param name="Engine">The other engine's name.</param>
/// <param name="Step">The step: <c>load</c>, <c>instantiate</c>, <c>call 2 "f" (i32.const 1)</c>, <c>global "g"</c>.</param>
/// <param name="Expected">The reference engine's outcome.</param>
/// <param name="Actual">The other engine's outcome.</param>
public sealed record Divergence(long Seed, DivergenceKind Kind, string Reference, string Engine, string Step, string Expected, string Actual)
{
    /// <summary>The kind as a lower-case word (reports, file names).</summary>
    public string KindText => Kind.ToString().ToLowerInvariant();

    /// <inheritdoc/>
    public override string ToString() =>
        $"seed {Seed}: {KindText} divergence at {Step}: {Reference} gave {Expected}, {Engine} gave {Actual}";
}
