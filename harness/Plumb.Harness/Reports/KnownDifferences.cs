using Newtonsoft.Json;

namespace Plumb.Harness.Reports;

/// <summary>
/// harness/known-differences.json: failures that are understood, one entry and reason per failing
/// command. They still count as failures; reports show the reason beside them, and the test that
/// reads the file checks that every entry still fails (a fixed one must be removed).
/// </summary>
public sealed class KnownDifferences
{
    /// <summary>One understood failure.</summary>
    public sealed class Entry
    {
        /// <summary>The engine.</summary>
        public string Engine { get; set; } = "";

        /// <summary>The suite.</summary>
        public string Suite { get; set; } = "";

        /// <summary>The script, relative to the suite folder.</summary>
        public string File { get; set; } = "";

        /// <summary>The command's line.</summary>
        public int Line { get; set; }

        /// <summary>The command, as in reports (checked too, so that an edited script cannot shift an entry onto another command).</summary>
        public string Command { get; set; } = "";

        /// <summary>Why it fails.</summary>
        public string Reason { get; set; } = "";
    }

    /// <summary>The entries.</summary>
    public List<Entry> Entries { get; set; } = [];

    /// <summary>The file's path under a repository root.</summary>
    public static string PathIn(string repositoryRoot) => Path.Combine(repositoryRoot, "harness", "known-differences.json");

    /// <summary>Reads the file, or an empty list when there is none.</summary>
    public static KnownDifferences Load(string? repositoryRoot)
    {
        if (repositoryRoot is null || !System.IO.File.Exists(PathIn(repositoryRoot)))
            return new KnownDifferences();
        return JsonConvert.DeserializeObject<KnownDifferences>(System.IO.File.ReadAllText(PathIn(repositoryRoot)), ConformanceReport.Settings) ?? new KnownDifferences();
    }

    /// <summary>Marks the known failures of the runs with their reasons and recounts.</summary>
    public void Apply(IEnumerable<RunReport> runs)
    {
        foreach (var run in runs)
        {
            foreach (var file in run.Files)
            {
                foreach (var failure in file.Failures)
                {
                    var entry = Entries.FirstOrDefault(e => e.Engine == run.Engine && e.Suite == run.Suite && e.File == file.File && e.Line == failure.Line && e.Command == failure.Command);
                    failure.Known = entry?.Reason;
                }
            }
            run.Sum();
        }
    }
}
