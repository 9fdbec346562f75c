using System.Globalization;
using System.Text;

namespace Plumb.Harness.Reports;

/// <summary>
/// DIR/conformance.md: the suite-by-engine matrix of pass rates, then every failure grouped by
/// cause, readable without the JSON.
/// </summary>
public static class MarkdownReport
{
    /// <summary>How many failures of one cause are listed before "and N more".</summary>
    private const int ListedPerCause = 25;

    /// <summary>Renders the report.</summary>
    public static string Render(ConformanceReport report)
    {
        var md = new StringBuilder();
        var platform = report.Runs.FirstOrDefault()?.Platform ?? PlatformInfo.Current;
        md.AppendLine("# Conformance");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Platform: {platform.Os}-{platform.Arch}, .NET {platform.Dotnet}. Every command of a script counts:");
        md.AppendLine("a module must instantiate, an action must not trap, an assertion must hold.");
        md.AppendLine();

        var suites = report.Runs.Select(r => r.Suite).Distinct().ToList();
        var engines = report.Runs.Select(r => r.Engine).Distinct().ToList();
        md.AppendLine("| suite | " + string.Join(" | ", engines.Select(e => $"`{e}`")) + " |");
        md.AppendLine("| --- |" + string.Concat(engines.Select(_ => " --- |")));
        foreach (var suite in suites)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {suite} |");
            foreach (var engine in engines)
            {
                var run = report.Runs.FirstOrDefault(r => r.Suite == suite && r.Engine == engine);
                md.Append(run is null ? " |" : $" {Rate(run.Totals)} ({run.Totals.Passed}/{run.Totals.Passed + run.Totals.Failed + run.Totals.Skipped}) |");
            }
            md.AppendLine();
        }
        md.AppendLine();
        md.AppendLine("| engine | suite | passed | failed | of which known | skipped | loose matches | seconds |");
        md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in report.Runs)
        {
            var t = run.Totals;
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{run.Engine}` | {run.Suite} | {t.Passed} | {t.Failed} | {t.Known} | {t.Skipped} | {t.LooseMatches} | {run.Seconds:0.0} |");
        }
        md.AppendLine();
        if (report.Runs.Any(r => !r.ExactMessages))
        {
            md.AppendLine("Engines other than Plumb's are compared loosely: an expected failure passes on its category alone");
            md.AppendLine("(trap, exhaustion, unlinkable; malformed and invalid count as one, \"rejected\", because Wasmtime and V8");
            md.AppendLine("do not tell them apart), whatever the message. \"Loose matches\" counts the passes that needed this.");
            md.AppendLine("Quoted modules in `assert_malformed` are checked by Plumb's text parser, the same for every engine.");
            md.AppendLine();
        }

        foreach (var run in report.Runs.Where(r => r.Totals.Failed > 0 || r.Totals.Skipped > 0))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## `{run.Engine}` on {run.Suite}: {run.Totals.Failed} failed, {run.Totals.Skipped} skipped");
            md.AppendLine();
            var items = run.Files.SelectMany(f => f.Failures.Select(x => (File: f.File, Item: x, Skipped: false)))
                .Concat(run.Files.SelectMany(f => f.Skips.Select(x => (File: f.File, Item: x, Skipped: true))));
            foreach (var group in items.GroupBy(i => Cause(i.Item, i.Skipped)).OrderByDescending(g => g.Count()))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"### {group.Key} ({group.Count()})");
                md.AppendLine();
                foreach (var (file, item, _) in group.Take(ListedPerCause))
                    md.AppendLine(CultureInfo.InvariantCulture, $"- `{file}:{item.Line}` {Escape(item.Command)}: expected {Escape(item.Expected)}, got {Escape(item.Actual)}");
                if (group.Count() > ListedPerCause)
                    md.AppendLine(CultureInfo.InvariantCulture, $"- ... and {group.Count() - ListedPerCause} more (conformance.json has them all)");
                md.AppendLine();
            }
        }
        return md.ToString();
    }

    /// <summary>The pass rate: passed over all commands.</summary>
    public static string Rate(Totals t)
    {
        int all = t.Passed + t.Failed + t.Skipped;
        return all == 0 ? "-" : (100.0 * t.Passed / all).ToString("0.00", CultureInfo.InvariantCulture) + "%";
    }

    /// <summary>
    /// The cause a failure is grouped under: a known difference's reason, or the command's verb with
    /// what went wrong (wrong values, or the category and message of the engine's outcome).
    /// </summary>
    public static string Cause(FailureReport f, bool skipped = false)
    {
        if (f.Known is not null)
            return "Known difference: " + f.Known;
        string verb = f.Command.Split(' ')[0];
        if (skipped)
            return $"Skipped: {verb}: {f.Actual}";
        string actual = f.Actual.StartsWith('(') ? "wrong results" : f.Actual;
        if (actual.Length > 100)
            actual = actual[..100] + "...";
        return $"{verb}: {actual}";
    }

    private static string Escape(string s) => s.Replace("|", "\\|").Replace("\n", " ");
}
