namespace Plumb.Harness.Reports;

/// <summary>
/// A run's comparison with a baseline, kept in conformance.json (<c>baselines</c>) so that the HTML
/// report, and a merge of reports, can show what changed.
/// </summary>
public sealed class BaselineChange
{
    /// <summary>The baseline file compared with, as given.</summary>
    public string Baseline { get; set; } = "";

    /// <summary>The platform of the run compared (<see cref="PlatformInfo.Label"/>).</summary>
    public string Platform { get; set; } = "";

    /// <summary>Commands that passed in the baseline and do not now, with what was expected and what happened.</summary>
    public List<string> Regressions { get; set; } = [];

    /// <summary>Commands that did not pass in the baseline and pass now.</summary>
    public List<string> Improvements { get; set; } = [];

    /// <summary>Runs that had nothing to be compared with.</summary>
    public List<string> Uncovered { get; set; } = [];

    /// <summary>The change of one comparison.</summary>
    public static BaselineChange From(string baseline, string platform, Baseline.Comparison comparison) => new()
    {
        Baseline = baseline,
        Platform = platform,
        Regressions = comparison.Regressions,
        Improvements = comparison.Improvements,
        Uncovered = comparison.Uncovered,
    };
}
