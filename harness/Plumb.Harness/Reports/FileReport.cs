using Newtonsoft.Json;

namespace Plumb.Harness.Reports;

/// <summary>The results of one script.</summary>
public sealed class FileReport
{
    /// <summary>The script's path relative to its suite folder, with forward slashes.</summary>
    public string File { get; set; } = "";

    /// <summary>Commands that conformed.</summary>
    public int Passed { get; set; }

    /// <summary>Commands that did not.</summary>
    public int Failed { get; set; }

    /// <summary>Commands skipped as unsupported by the engine.</summary>
    public int Skipped { get; set; }

    /// <summary>Passes by loose comparison only.</summary>
    public int LooseMatches { get; set; }

    /// <summary>Whether the engine compared messages exactly in this script (summarised in <see cref="RunReport.ExactMessages"/>).</summary>
    [JsonIgnore]
    public bool ExactMessages { get; set; }

    /// <summary>Wall-clock seconds of the worker.</summary>
    public double Seconds { get; set; }

    /// <summary>Each failed command.</summary>
    public List<FailureReport> Failures { get; set; } = [];

    /// <summary>Each skipped command.</summary>
    public List<FailureReport> Skips { get; set; } = [];
}
