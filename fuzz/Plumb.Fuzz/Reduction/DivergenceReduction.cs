using Plumb.Fuzz.Differential;

namespace Plumb.Fuzz.Reduction;

/// <summary>
/// Reduces one divergence found by a <see cref="DifferentialOracle"/> and writes it as a WAST script:
/// the predicate is "the same engine still diverges from the reference at a step of the same kind".
/// </summary>
public static class DivergenceReduction
{
    /// <summary>The reduced case and its script. Hangs are not reduced: every try would cost the time limit.</summary>
    /// <param name="oracle">An oracle over (at least) the reference and the diverging engine.</param>
    /// <param name="fuzzCase">The diverging case.</param>
    /// <param name="divergence">One of its divergences.</param>
    /// <param name="features">The features candidates are validated with.</param>
    /// <param name="budget">The most oracle runs the reduction may make.</param>
    public static ReducedDivergence Reduce(DifferentialOracle oracle, FuzzCase fuzzCase, Divergence divergence, WasmFeatures features, int budget = 4000)
    {
        // A load divergence must keep both verdicts (Plumb's message included): shrinking a mutant may
        // otherwise drift from the rule that diverged to another reason to reject it.
        bool Same(OracleResult r) => r.Divergences.Any(d => d.Engine == divergence.Engine && d.Kind == divergence.Kind &&
            (d.Kind != DivergenceKind.Load || (d.Expected == divergence.Expected && d.Actual == divergence.Actual)));
        var reduced = fuzzCase;
        int tries = 0;
        if (divergence.Kind != DivergenceKind.Hang)
        {
            var reducer = new Reducer(c => Same(oracle.Check(c)), features) { Budget = budget };
            reduced = reducer.Reduce(fuzzCase);
            tries = reducer.Tries;
            // A module Plumb cannot decode is left as it was: shrink it by whole sections.
            if (ReferenceEquals(reduced, fuzzCase) && divergence.Kind == DivergenceKind.Load && tries < budget)
            {
                reduced = SectionReducer.Reduce(fuzzCase, c => Same(oracle.Check(c)), budget - tries, out int more);
                tries += more;
            }
        }
        var result = oracle.Check(reduced);
        var final = result.Divergences.FirstOrDefault(d => d.Engine == divergence.Engine && d.Kind == divergence.Kind) ?? divergence;
        string script = result.Outcomes[oracle.Reference] is { } reference
            ? ReducedScript.Write(reduced, reference, final, features)
            : $";; plumb fuzz: seed {fuzzCase.Seed}\n;; {divergence}\n;; the reference engine hung; no script\n";
        return new ReducedDivergence(reduced, final, script, tries);
    }
}

/// <summary>A reduced divergence.</summary>
/// <param name="Case">The reduced case.</param>
/// <param name="Divergence">The divergence as the reduced case shows it.</param>
/// <param name="Script">The standalone WAST script with the reference engine's outcomes.</param>
/// <param name="Tries">Oracle runs the reduction made.</param>
public sealed record ReducedDivergence(FuzzCase Case, Divergence Divergence, string Script, int Tries);
