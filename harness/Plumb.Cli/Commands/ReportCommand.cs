using System.CommandLine;
using Newtonsoft.Json;
using Plumb.Cli.CommandLine;
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
    /// <summary>The command's definition: <c>report</c> with its one subcommand, <c>merge</c>.</summary>
    public static Command Create()
    {
        var inputs = new Argument<string[]>("REPORT.json") { Description = "conformance.json files of runs (plumb spec --report).", Arity = ArgumentArity.OneOrMore };
        var output = Syntax.Text("--out", "DIR", "The folder to write conformance.json, conformance.md and index.html to (required).");
        output.Required = true;
        var merge = new PlumbCommand("merge", "Merge the conformance.json of runs on several platforms and engines into one report.") { inputs, output }
            .Example("plumb report merge linux/conformance.json arm64/conformance.json --out merged", "a matrix with a column per (platform, engine)");
        merge.SetAction(result => Merge(result.GetValue(inputs)!, result.GetValue(output)!, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return new PlumbCommand("report", "Work with conformance reports.") { merge }
            .Example("plumb report merge a/conformance.json b/conformance.json --out merged", "merges two runs' reports");
    }

    private static int Merge(string[] inputs, string output, TextWriter stdout, TextWriter stderr)
    {
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
        stdout.WriteLine($"merged {merged.Runs.Count} runs ({platforms.Count} platforms: {string.Join(", ", platforms)}) from {inputs.Length} reports");
        stdout.WriteLine($"reports: {Path.Combine(output, "conformance.json")}, conformance.md, index.html");
        return 0;
    }
}
