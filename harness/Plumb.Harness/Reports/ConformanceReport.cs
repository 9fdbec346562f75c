using Newtonsoft.Json;
using Newtonsoft.Json.Serialization;

namespace Plumb.Harness.Reports;

/// <summary>
/// DIR/conformance.json. The field names listed in README.md, "Conformance runs" (runs, engine, suite, platform{os,arch,dotnet},
/// totals{passed,failed,skipped}, files[]{file,passed,failed,skipped,failures[]{line,command,expected,actual}})
/// are fixed because other tools read them; the other fields are additions.
/// </summary>
public sealed class ConformanceReport
{
    /// <summary>One entry per (engine, suite).</summary>
    public List<RunReport> Runs { get; set; } = [];

    /// <summary>The comparisons with baselines made in this run (<c>--baseline</c>), or null when none was made.</summary>
    public List<BaselineChange>? Baselines { get; set; }

    /// <summary>The serializer settings every reader and writer uses: camelCase names, indented.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
    };

    /// <summary>Writes the report as JSON.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Settings);

    /// <summary>The files <see cref="WriteTo"/> writes, in order.</summary>
    public static readonly string[] Files = ["conformance.json", "conformance.md", "junit.xml", "index.html"];

    /// <summary>Writes conformance.json, conformance.md, junit.xml and index.html into <paramref name="folder"/>, creating it.</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "conformance.json"), ToJson() + "\n");
        File.WriteAllText(Path.Combine(folder, "conformance.md"), MarkdownReport.Render(this));
        File.WriteAllText(Path.Combine(folder, "junit.xml"), JUnitReport.Render(this) + "\n");
        File.WriteAllText(Path.Combine(folder, "index.html"), HtmlReport.Render(this));
    }

    /// <summary>
    /// One report of the runs of several (from several platforms and engines), in the order given, with
    /// their baseline comparisons. Two runs of one engine on one suite and platform (<see cref="PlatformInfo.Label"/>)
    /// cannot both be shown: the later ones are left out and named in <paramref name="duplicates"/>.
    /// </summary>
    public static ConformanceReport Merge(IEnumerable<ConformanceReport> reports, out List<string> duplicates)
    {
        var merged = new ConformanceReport();
        var seen = new HashSet<(string, string, string)>();
        duplicates = [];
        foreach (var report in reports)
        {
            foreach (var run in report.Runs)
            {
                if (seen.Add((run.Engine, run.Suite, run.Platform.Label)))
                    merged.Runs.Add(run);
                else
                    duplicates.Add($"{run.Engine} {run.Suite} {run.Platform.Label}");
            }
            if (report.Baselines is { Count: > 0 })
                merged.Baselines = [.. merged.Baselines ?? [], .. report.Baselines];
        }
        return merged;
    }

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    public static ConformanceReport FromJson(string json) =>
        JsonConvert.DeserializeObject<ConformanceReport>(json, Settings) ?? new ConformanceReport();
}
