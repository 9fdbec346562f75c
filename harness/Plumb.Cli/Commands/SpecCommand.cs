using System.Diagnostics;
using System.Globalization;
using Plumb.Harness;
using Plumb.Harness.Engines;
using Plumb.Harness.Reports;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb spec</c> (the spec suites) and <c>plumb wast</c> (any scripts): run scripts on engines
/// in worker processes, print a summary, write reports, compare with the baseline.
/// </summary>
internal static class SpecCommand
{
    private const string SpecUsage =
        "usage: plumb spec [--suite wg-1.0|wg-2.0|wg-3.0|all[,...]] [--engine NAME[,NAME...]] [--report DIR]\n" +
        "                  [--suites DIR] [--baseline] [--jobs N] [--timeout SECONDS]";

    private const string WastUsage =
        "usage: plumb wast FILE... [--engine NAME[,NAME...]] [--report DIR] [--suite wg-1.0|wg-2.0|wg-3.0] [--jobs N] [--timeout SECONDS]";

    /// <summary>Options shared by both commands.</summary>
    private sealed class Options
    {
        public List<string> Engines { get; set; } = [.. EngineRegistry.Factories.Keys];
        public string? Report { get; set; }
        public string? SuitesRoot { get; set; }
        public string Suite { get; set; } = "wg-1.0,wg-2.0";
        public bool SuiteGiven { get; set; }
        public bool Baseline { get; set; }
        public int Jobs { get; set; } = Environment.ProcessorCount;
        public int TimeoutSeconds { get; set; } = 120;
        public List<string> Files { get; } = [];
        public bool PrintFailures { get; set; }
    }

    /// <summary>Runs <c>plumb spec ...</c>; <paramref name="args"/> starts with "spec".</summary>
    public static int RunSpec(string[] args)
    {
        if (!TryParse(args, allowFiles: false, out var options, out string? error))
            return Usage(SpecUsage, error);
        var suites = Suites.Parse(options.Suite, out var unknown);
        if (unknown.Count > 0 || suites.Count == 0)
            return Usage(SpecUsage, $"unknown suite '{string.Join(",", unknown)}' (known: {string.Join(", ", Suites.Names)}, all)");
        string? root = options.SuitesRoot ?? Suites.DefaultRoot();
        if (root is null || !Directory.Exists(root))
            return Usage(SpecUsage, $"no spec suites at '{root ?? "<repo root>/../shared/corpora/spec"}': pass --suites DIR (a clone's test/core, README.md says how)");

        var jobs = new List<Job>();
        foreach (var suite in suites)
        {
            string? folder = Suites.Folder(root, suite);
            if (folder is null)
                return Usage(SpecUsage, $"no suite {suite} under '{root}'");
            foreach (var engine in options.Engines)
                jobs.AddRange(Suites.Scripts(folder).Select(s => new Job(engine, suite, s.Relative, s.Full)));
        }
        return Execute(options, jobs);
    }

    /// <summary>Runs <c>plumb wast FILE...</c>; <paramref name="args"/> starts with "wast".</summary>
    public static int RunWast(string[] args)
    {
        if (!TryParse(args, allowFiles: true, out var options, out string? error))
            return Usage(WastUsage, error);
        if (options.Files.Count == 0)
            return Usage(WastUsage, "no script given");
        string suite = options.SuiteGiven ? options.Suite : "wast";
        if (options.SuiteGiven && !Suites.Names.Contains(suite))
            return Usage(WastUsage, $"--suite takes one of {string.Join(", ", Suites.Names)}");
        foreach (var file in options.Files.Where(f => !File.Exists(f)))
            return Usage(WastUsage, $"no such file '{file}'");
        var jobs = options.Engines.SelectMany(engine => options.Files.Select(f => new Job(engine, suite, f.Replace('\\', '/'), Path.GetFullPath(f)))).ToList();
        // Without reports, the terminal is the only place a failure can be read.
        options.PrintFailures = options.Report is null;
        return Execute(options, jobs);
    }

    private static int Execute(Options options, List<Job> jobs)
    {
        var clock = Stopwatch.StartNew();
        var coordinator = new Coordinator
        {
            StartWorker = Worker.HostedBy(typeof(Program).Assembly),
            Parallelism = options.Jobs,
            TimeLimit = TimeSpan.FromSeconds(options.TimeoutSeconds),
        };
        var report = new ConformanceReport { Runs = coordinator.Run(jobs) };
        string? repo = Suites.RepositoryRoot();
        KnownDifferences.Load(repo).Apply(report.Runs);
        clock.Stop();

        PrintSummary(report, clock.Elapsed, Console.Out);
        if (options.PrintFailures)
            PrintFailures(report, Console.Out);

        int exit = report.Runs.Sum(r => r.Totals.Failed - r.Totals.Known) == 0 ? 0 : 1;
        if (options.Baseline && repo is null)
        {
            Console.Error.WriteLine("plumb: --baseline needs the repository (reports/baseline/)");
            exit = 2;
        }
        else if (options.Baseline && repo is not null)
        {
            // Compared before the reports are written, so that they show the change.
            exit = CompareWithBaseline(Baseline.PathIn(repo), report, Console.Out, Console.Error);
        }
        if (options.Report is { } dir)
        {
            report.WriteTo(dir);
            Console.WriteLine($"reports: {Path.Combine(dir, ConformanceReport.Files[0])}, {string.Join(", ", ConformanceReport.Files.Skip(1))}");
        }
        return exit;
    }

    /// <summary>How many regressions are printed; the rest are counted (a broken engine can fail every command).</summary>
    private const int ListedRegressions = 200;

    /// <summary>
    /// Compares the run with the baseline at <paramref name="path"/> and prints what regressed. Fails
    /// (non-zero) on any regression and on any run that has no baseline to be compared with: a gate
    /// that compares nothing must not pass.
    /// </summary>
    internal static int CompareWithBaseline(string path, ConformanceReport report, TextWriter output, TextWriter error)
    {
        if (!File.Exists(path))
        {
            error.WriteLine($"plumb: no conformance baseline for this platform ({PlatformInfo.Current.Id}): {path} does not exist");
            error.WriteLine($"plumb: record one with --report {Path.GetDirectoryName(path)} (on this platform, every engine and suite to gate), review it and commit it");
            return 2;
        }
        var comparison = Baseline.Compare(ConformanceReport.FromJson(File.ReadAllText(path)), report);
        report.Baselines = [.. report.Baselines ?? [], BaselineChange.From(path, string.Join(", ", report.Runs.Select(r => r.Platform.Label).Distinct()), comparison)];
        foreach (var improvement in comparison.Improvements)
            output.WriteLine($"improved: {improvement}");
        foreach (var run in comparison.Uncovered)
            output.WriteLine($"NO BASELINE: {run}");
        foreach (var regression in comparison.Regressions.Take(ListedRegressions))
            output.WriteLine($"REGRESSION: {regression}");
        if (comparison.Regressions.Count > ListedRegressions)
            output.WriteLine($"REGRESSION: ... and {comparison.Regressions.Count - ListedRegressions} more (--report DIR writes every failure)");
        output.WriteLine($"baseline {path}: {comparison.Regressions.Count} regressions, {comparison.Improvements.Count} improvements, {comparison.Uncovered.Count} runs without a baseline"
            + (comparison.Holds ? "" : ": FAILED"));
        return comparison.Holds ? 0 : 1;
    }

    /// <summary>
    /// The summary table: a row per (suite, engine). Known differences are part of the failed count,
    /// in the same cell (<c>37 (37 known)</c>), so the two never read as separate counts.
    /// </summary>
    internal static void PrintSummary(ConformanceReport report, TimeSpan elapsed, TextWriter output)
    {
        var rows = new List<string[]> { new[] { "suite", "engine", "passed", "failed", "skipped", "pass rate", "seconds" } };
        foreach (var run in report.Runs)
        {
            var t = run.Totals;
            rows.Add([run.Suite, run.Engine, N(t.Passed), t.FailedText(), N(t.Skipped), MarkdownReport.Rate(t), run.Seconds.ToString("0.0", CultureInfo.InvariantCulture)]);
        }
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        output.WriteLine();
        foreach (var row in rows)
            output.WriteLine(string.Join("  ", row.Select((cell, c) => c < 2 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]))).TrimEnd());
        output.WriteLine($"wall clock: {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");

        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>How many failing commands <c>plumb wast</c> prints without <c>--report</c>; the rest are counted.</summary>
    private const int ListedFailures = 200;

    /// <summary>
    /// Prints each failing command, one line each: <c>FILE:LINE: COMMAND (ENGINE): expected X, got Y</c>,
    /// with the reason of a known difference.
    /// </summary>
    internal static void PrintFailures(ConformanceReport report, TextWriter output)
    {
        var failures = report.Runs
            .SelectMany(run => run.Files.SelectMany(file => file.Failures.Select(f => (run.Engine, file.File, Failure: f))))
            .ToList();
        if (failures.Count == 0)
            return;
        output.WriteLine();
        foreach (var (engine, file, f) in failures.Take(ListedFailures))
            output.WriteLine($"{file}:{f.Line}: {f.Command} ({engine}): expected {OneLine(f.Expected)}, got {OneLine(f.Actual)}{(f.Known is null ? "" : $" [known: {f.Known}]")}");
        if (failures.Count > ListedFailures)
            output.WriteLine($"... and {failures.Count - ListedFailures} more (--report DIR writes every failure)");

        static string OneLine(string s) => s.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
    }

    private static bool TryParse(string[] args, bool allowFiles, out Options options, out string? error)
    {
        options = new Options();
        error = null;
        for (int i = 1; i < args.Length; i++)
        {
            string a = args[i];
            string? Value() => i + 1 < args.Length ? args[++i] : null;
            switch (a)
            {
                case "--engine":
                    var engines = Value()?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                    if (engines is null || engines.Count == 0)
                    {
                        error = "--engine needs a name";
                        return false;
                    }
                    if (engines.FirstOrDefault(e => !EngineRegistry.IsKnown(e)) is { } bad)
                    {
                        error = $"unknown engine '{bad}' (known: {string.Join(", ", EngineRegistry.Factories.Keys)}, process:COMMAND)";
                        return false;
                    }
                    options.Engines = engines;
                    break;
                case "--suite":
                    options.Suite = Value() ?? "";
                    options.SuiteGiven = true;
                    break;
                case "--report":
                    options.Report = Value();
                    break;
                case "--suites":
                    options.SuitesRoot = Value();
                    break;
                case "--baseline":
                    options.Baseline = true;
                    break;
                case "--jobs":
                    if (!int.TryParse(Value(), out int jobs) || jobs < 1)
                    {
                        error = "--jobs needs a positive number";
                        return false;
                    }
                    options.Jobs = jobs;
                    break;
                case "--timeout":
                    if (!int.TryParse(Value(), out int seconds) || seconds < 1)
                    {
                        error = "--timeout needs a positive number of seconds";
                        return false;
                    }
                    options.TimeoutSeconds = seconds;
                    break;
                default:
                    if (allowFiles && !a.StartsWith("--", StringComparison.Ordinal))
                    {
                        options.Files.Add(a);
                        break;
                    }
                    error = $"unknown option '{a}'";
                    return false;
            }
        }
        if (options.Report is null && args.Contains("--report"))
        {
            error = "--report needs a folder";
            return false;
        }
        return true;
    }

    private static int Usage(string usage, string? error)
    {
        if (error is not null)
            Console.Error.WriteLine($"plumb: {error}");
        Console.Error.WriteLine(usage);
        return 2;
    }
}
