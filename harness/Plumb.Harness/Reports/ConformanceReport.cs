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

    /// <summary>The serializer settings every reader and writer uses: camelCase names, indented.</summary>
    public static readonly JsonSerializerSettings Settings = new()
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        Formatting = Formatting.Indented,
        NullValueHandling = NullValueHandling.Ignore,
    };

    /// <summary>Writes the report as JSON.</summary>
    public string ToJson() => JsonConvert.SerializeObject(this, Settings);

    /// <summary>Writes conformance.json, conformance.md and junit.xml into <paramref name="folder"/>, creating it.</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "conformance.json"), ToJson() + "\n");
        File.WriteAllText(Path.Combine(folder, "conformance.md"), MarkdownReport.Render(this));
        File.WriteAllText(Path.Combine(folder, "junit.xml"), JUnitReport.Render(this) + "\n");
    }

    /// <summary>Reads a report written by <see cref="ToJson"/>.</summary>
    public static ConformanceReport FromJson(string json) =>
        JsonConvert.DeserializeObject<ConformanceReport>(json, Settings) ?? new ConformanceReport();
}
