namespace Plumb.Harness.Reports;

/// <summary>Command counts.</summary>
public sealed class Totals
{
    /// <summary>Commands that conformed.</summary>
    public int Passed { get; set; }

    /// <summary>Commands that did not (including known differences).</summary>
    public int Failed { get; set; }

    /// <summary>Commands the engine declared it cannot express.</summary>
    public int Skipped { get; set; }

    /// <summary>Passed commands that passed only by the loose comparison of messages (counted in <see cref="Passed"/>).</summary>
    public int LooseMatches { get; set; }

    /// <summary>Failures explained in harness/known-differences.json (counted in <see cref="Failed"/>).</summary>
    public int Known { get; set; }
}
