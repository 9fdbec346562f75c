using System.Globalization;
using System.Text;

namespace Plumb.Harness.Reports;

/// <summary>
/// DIR/conformance.md: the platform, the suite-by-engine matrix of pass rates, then every failure
/// grouped by cause (<see cref="Causes"/>), readable without the JSON.
/// </summary>
public static class MarkdownReport
{
    /// <summary>How many failures of one cause are listed before "and N more".</summary>
    private const int ListedPerCause = 25;

    /// <summary>Renders the report.</summary>
    public static string Render(ConformanceReport report)
    {
        var md = new StringBuilder();
        md.AppendLine("# Conformance");
        md.AppendLine();
        var platforms = report.Runs.Select(r => r.Platform).DistinctBy(p => p.Describe()).ToList();
        if (platforms.Count == 0)
            platforms.Add(PlatformInfo.Current);
        foreach (var platform in platforms)
            md.AppendLine(CultureInfo.InvariantCulture, $"Platform: {platform.Describe()}.");
        md.AppendLine();
        md.AppendLine("Every command of a script counts: a module must instantiate, an action must not trap, an assertion must hold.");
        md.AppendLine();

        // A column per engine, or per (engine, platform) when the report merges several platforms.
        var suites = report.Runs.Select(r => r.Suite).Distinct().ToList();
        bool several = report.Runs.Select(r => r.Platform.Label).Distinct().Count() > 1;
        var columns = report.Runs.Select(r => (r.Engine, Platform: several ? r.Platform.Label : "")).Distinct().ToList();
        md.AppendLine("| suite | " + string.Join(" | ", columns.Select(c => several ? $"`{c.Engine}` {c.Platform}" : $"`{c.Engine}`")) + " |");
        md.AppendLine("| --- |" + string.Concat(columns.Select(_ => " --- |")));
        foreach (var suite in suites)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {suite} |");
            foreach (var (engine, platform) in columns)
            {
                var run = report.Runs.FirstOrDefault(r => r.Suite == suite && r.Engine == engine && (!several || r.Platform.Label == platform));
                md.Append(run is null ? " |" : $" {Rate(run.Totals)} ({run.Totals.Passed}/{run.Totals.Commands}) |");
            }
            md.AppendLine();
        }
        md.AppendLine();
        md.AppendLine("| engine | suite | platform | passed | failed | skipped | loose matches | seconds |");
        md.AppendLine("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |");
        foreach (var run in report.Runs)
        {
            var t = run.Totals;
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{run.Engine}` | {run.Suite} | {run.Platform.Label} | {t.Passed} | {t.FailedText()} | {t.Skipped} | {t.LooseMatches} | {run.Seconds:0.0} |");
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

        foreach (var change in report.Baselines ?? [])
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"Against the baseline `{change.Baseline}`: {change.Regressions.Count} regressions, {change.Improvements.Count} improvements, {change.Uncovered.Count} runs without a baseline.");
            foreach (var line in change.Regressions.Take(ListedPerCause))
                md.AppendLine(CultureInfo.InvariantCulture, $"- regression: {Escape(line)}");
            foreach (var line in change.Uncovered)
                md.AppendLine(CultureInfo.InvariantCulture, $"- no baseline: {Escape(line)}");
            md.AppendLine();
        }

        foreach (var run in report.Runs.Where(r => r.Totals.Failed > 0 || r.Totals.Skipped > 0))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## `{run.Engine}` on {run.Suite}{(several ? ", " + run.Platform.Label : "")}: failed {run.Totals.FailedText()}, skipped {run.Totals.Skipped}");
            md.AppendLine();
            foreach (var group in Causes.Of(run))
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"### {Escape(Causes.Heading(group))}");
                md.AppendLine();
                if (group.Kind == Causes.Kind.Proposal)
                {
                    // One line per script: the feature is missing, so every command of it fails alike.
                    foreach (var script in group.Items.GroupBy(i => i.File.File))
                    {
                        var first = script.First().Failure;
                        md.AppendLine(CultureInfo.InvariantCulture, $"- `{script.Key}`: {script.Count()} failed; first `{script.Key}:{first.Line}` {Escape(first.Command)}: expected {Escape(first.Expected)}, got {Escape(first.Actual)}");
                    }
                    md.AppendLine();
                    continue;
                }
                // A command that failed only because its module did is counted on the module's line, not listed.
                var own = group.Items.Where(i => !(Causes.ModuleLine(i.Failure) is { } line && group.Items.Any(m => m.File == i.File && m.Failure.Line == line))).ToList();
                foreach (var item in own.Take(ListedPerCause))
                {
                    int following = group.Items.Count(i => i.File == item.File && Causes.ModuleLine(i.Failure) == item.Failure.Line);
                    string after = following > 0 ? $" ({following} commands after it needed the module)" : "";
                    md.AppendLine(CultureInfo.InvariantCulture, $"- `{item.File.File}:{item.Failure.Line}` {Escape(item.Failure.Command)}: expected {Escape(item.Failure.Expected)}, got {Escape(item.Failure.Actual)}{after}");
                }
                if (own.Count > ListedPerCause)
                    md.AppendLine(CultureInfo.InvariantCulture, $"- ... and {own.Count - ListedPerCause} more (conformance.json has them all)");
                md.AppendLine();
            }
        }
        return md.ToString();
    }

    /// <summary>The pass rate: passed over all commands.</summary>
    public static string Rate(Totals t)
    {
        int all = t.Commands;
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
