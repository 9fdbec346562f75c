using Newtonsoft.Json;
using Plumb.Harness.Reports;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb report merge A.json B.json ... --out DIR</c>: merges the conformance.json of runs on several
/// platforms and engines into DIR/conformance.json, DIR/conformance.md and DIR/index.html, whose
/// matrices have a column per (platform, engine). Exit code 0 when written, 1 when an input cannot be read or two inputs hold the
/// same run, 2 on usage errors.
/// </summary>
internal static class ReportCommand
{
    public const string Usage = "usage: plumb report merge REPORT.json... --out DIR";

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Count == 0 || args[0] != "merge")
            return UsageError(stderr, args.Count == 0 ? null : $"unknown report command '{args[0]}'");
        string? output = null;
        var inputs = new List<string>();
        for (int i = 1; i < args.Count; i++)
        {
            if (args[i] == "--out")
            {
                if (i + 1 >= args.Count)
                    return UsageError(stderr, "--out needs a folder");
                output = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                return UsageError(stderr, $"unknown option '{args[i]}'");
            }
            else
            {
                inputs.Add(args[i]);
            }
        }
        if (inputs.Count == 0)
            return UsageError(stderr, "no report given");
        if (output is null)
            return UsageError(stderr, "--out DIR is required");

        var reports = new List<ConformanceReport>();
        foreach (string input in inputs)
        {
            try
            {
                var report = ConformanceReport.FromJson(File.ReadAllText(input));
                if (report.Runs.Count == 0)
                {
                    stderr.WriteLine($"plumb report: {input}: no runs (not a conformance.json?)");
                    return 1;
                }
                reports.Add(report);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
            {
                stderr.WriteLine($"plumb report: {input}: {e.Message}");
                return 1;
            }
        }
        var merged = ConformanceReport.Merge(reports, out var duplicates);
        if (duplicates.Count > 0)
        {
            // Two results for one matrix cell: showing either would hide the other.
            foreach (string duplicate in duplicates)
                stderr.WriteLine($"plumb report: more than one run of {duplicate}");
            return 1;
        }
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "conformance.json"), merged.ToJson() + "\n");
        File.WriteAllText(Path.Combine(output, "conformance.md"), MarkdownReport.Render(merged));
        File.WriteAllText(Path.Combine(output, "index.html"), HtmlReport.Render(merged));
        var platforms = merged.Runs.Select(r => r.Platform.Label).Distinct().ToList();
        stdout.WriteLine($"merged {merged.Runs.Count} runs ({platforms.Count} platforms: {string.Join(", ", platforms)}) from {inputs.Count} reports");
        stdout.WriteLine($"reports: {Path.Combine(output, "conformance.json")}, conformance.md, index.html");
        return 0;
    }

    private static int UsageError(TextWriter stderr, string? error)
    {
        if (error is not null)
            stderr.WriteLine($"plumb report: {error}");
        stderr.WriteLine(Usage);
        return 2;
    }
}
