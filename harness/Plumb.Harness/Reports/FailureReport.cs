namespace Plumb.Harness.Reports;

/// <summary>One failed (or skipped) command.</summary>
public sealed class FailureReport
{
    /// <summary>The command's line (0: the script as a whole).</summary>
    public int Line { get; set; }

    /// <summary>The command, short.</summary>
    public string Command { get; set; } = "";

    /// <summary>What the script expects.</summary>
    public string Expected { get; set; } = "";

    /// <summary>What happened.</summary>
    public string Actual { get; set; } = "";

    /// <summary>The reason, when the failure is a known difference (harness/known-differences.json).</summary>
    public string? Known { get; set; }
}
