using System.Globalization;
using Newtonsoft.Json;

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

    /// <summary>Every command: passed, failed and skipped.</summary>
    [JsonIgnore]
    public int Commands => Passed + Failed + Skipped;

    /// <summary>
    /// The failed count with its known part in one cell, <c>37 (37 known)</c>, so that the two never
    /// read as separate counts; just <c>3</c> when none is known.
    /// </summary>
    public string FailedText() => Known > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Failed} ({Known} known)")
        : Failed.ToString(CultureInfo.InvariantCulture);
}
