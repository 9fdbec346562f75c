using Plumb.Harness.Engines;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Everything one engine did with one <see cref="FuzzCase"/>, normalised: the load (decode and
/// validate) verdict, the instantiation verdict (link error, start trap), each call's outcome in
/// order, and the final state: the exported globals, and the size and checksum of every exported
/// memory and table (<see cref="StateProbe"/>). Steps after a failed load or instantiation are absent.
/// </summary>
/// <param name="Load">The decode and validate verdict.</param>
/// <param name="Instantiate">The instantiation verdict, or null when the load failed.</param>
/// <param name="Calls">One outcome per call of the case, in order (empty when instantiation failed).</param>
/// <param name="State">The state after the calls, in the order of <see cref="StateProbe.Exports"/>.</param>
public sealed record CaseOutcome(
    Outcome Load,
    Outcome? Instantiate,
    IReadOnlyList<Outcome> Calls,
    IReadOnlyList<StateReading> State)
{
    /// <summary>How many engine operations the case took (load, instantiate, calls, reads).</summary>
    public int Executions => 1 + (Instantiate is null ? 0 : 1) + Calls.Count + State.Count;
}

/// <summary>One reading of the state after a case's calls.</summary>
/// <param name="Export">What was read.</param>
/// <param name="Probe">For a memory or table, the probe function (<c>size</c>, <c>checksum</c>), or <c>instantiate</c> when the probe could not be instantiated; null for a global.</param>
/// <param name="Value">What the engine answered.</param>
public sealed record StateReading(StateExport Export, string? Probe, Outcome Value)
{
    /// <summary>The step's name in divergences: <c>global "g0"</c>, <c>memory "mem" checksum</c>.</summary>
    public override string ToString() => Probe is null ? Export.ToString() : $"{Export} {Probe}";
}
