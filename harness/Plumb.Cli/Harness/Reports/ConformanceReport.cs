using System.Runtime.InteropServices;
using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Plumb.Cli.Harness.Reports;

/// <summary>
/// DIR/conformance.json. The field names given in issue 3 (runs, engine, suite, platform{os,arch,dotnet},
/// totals{passed,failed,skipped}, files[]{file,passed,failed,skipped,failures[]{line,command,expected,actual}})
/// are fixed because other tools read them; the other fields are additions.
/// </summary>
internal sealed class ConformanceReport
{
    /// <summary>One entry per (engine, suite).</summary>
    public List<RunReport> Runs { get; set; } = [];

    /// <summary>The serializer settings every reader and writer uses: camelCase names, indented.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
    };

    /// <summary>Writes the report as JSON.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Settings);

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    public static ConformanceReport FromJson(string json) =>
        JsonConvert.DeserializeObject<ConformanceReport>(json, Settings) ?? new ConformanceReport();
}

/// <summary>The results of one engine on one suite.</summary>
internal sealed class RunReport
{
    /// <summary>The engine's name.</summary>
    public string Engine { get; set; } = "";

    /// <summary>The suite's name.</summary>
    public string Suite { get; set; } = "";

    /// <summary>Where it ran.</summary>
    public PlatformInfo Platform { get; set; } = PlatformInfo.Current;

    /// <summary>Sums over the files.</summary>
    public Totals Totals { get; set; } = new();

    /// <summary>False when messages (and malformed versus invalid) were compared loosely for this engine.</summary>
    public bool ExactMessages { get; set; }

    /// <summary>Wall-clock seconds of the scripts' workers, summed.</summary>
    public double Seconds { get; set; }

    /// <summary>One entry per script.</summary>
    public List<FileReport> Files { get; set; } = [];

    /// <summary>Recomputes <see cref="Totals"/> from the files.</summary>
    public void Sum()
    {
        Totals = new Totals
        {
            Passed = Files.Sum(f => f.Passed),
            Failed = Files.Sum(f => f.Failed),
            Skipped = Files.Sum(f => f.Skipped),
            LooseMatches = Files.Sum(f => f.LooseMatches),
            Known = Files.Sum(f => f.Failures.Count(x => x.Known is not null)),
        };
        Seconds = Math.Round(Files.Sum(f => f.Seconds), 2);
    }
}

/// <summary>Operating system, architecture and .NET version of a run.</summary>
internal sealed class PlatformInfo
{
    /// <summary>linux, windows, osx or freebsd.</summary>
    public string Os { get; set; } = "";

    /// <summary>x64, arm64, ...</summary>
    public string Arch { get; set; } = "";

    /// <summary>The .NET runtime version.</summary>
    public string Dotnet { get; set; } = "";

    /// <summary>The platform this process runs on.</summary>
    public static PlatformInfo Current => new()
    {
        Os = OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsLinux() ? "linux" : "other",
        Arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant(),
        Dotnet = Environment.Version.ToString(),
    };

    /// <summary>The baseline folder name: <c>linux-x64</c>.</summary>
    [JsonIgnore]
    public string Id => $"{Os}-{Arch}";
}

/// <summary>Command counts.</summary>
internal sealed class Totals
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

/// <summary>The results of one script.</summary>
internal sealed class FileReport
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

/// <summary>One failed (or skipped) command.</summary>
internal sealed class FailureReport
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
