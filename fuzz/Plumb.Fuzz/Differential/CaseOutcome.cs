using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Everything one engine did with one <see cref="FuzzCase"/>, normalised: the load (decode and
/// validate) verdict, the instantiation verdict (link error, start trap), each call's outcome in
/// order, and the final state read back through the module's exported globals. Steps after a failed
/// load or instantiation are absent.
/// </summary>
/// <param name="Load">The decode and validate verdict.</param>
/// <param name="Instantiate">The instantiation verdict, or null when the load failed.</param>
/// <param name="Calls">One outcome per call of the case, in order (empty when instantiation failed).</param>
/// <param name="Globals">The exported globals after the calls, by export name, in export order.</param>
public sealed record CaseOutcome(
    Outcome Load,
    Outcome? Instantiate,
    IReadOnlyList<Outcome> Calls,
    IReadOnlyList<KeyValuePair<string, Outcome>> Globals)
{
    /// <summary>How many engine operations the case took (load, instantiate, calls, reads).</summary>
    public int Executions => 1 + (Instantiate is null ? 0 : 1) + Calls.Count + Globals.Count;
}
