using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Plumb.Cli.CommandLine;
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
    /// <summary>Options shared by both commands.</summary>
    private sealed class Options
    {
        public List<string> Engines { get; set; } = [.. EngineRegistry.Factories.Keys];
        public string? Report { get; set; }
        public bool Baseline { get; set; }
        public int Jobs { get; set; } = Environment.ProcessorCount;
        public int TimeoutSeconds { get; set; } = 120;
        public bool PrintFailures { get; set; }
        public required TextWriter Output { get; init; }
        public required TextWriter Error { get; init; }
    }

    /// <summary>The options both commands take, declared once.</summary>
    private sealed class Definition
    {
        public Option<List<string>?> Engine { get; } = Syntax.Option<List<string>?>("--engine", "NAME[,NAME...]",
            $"The engines to run the scripts on (default: all of {string.Join(", ", EngineRegistry.Factories.Keys)}; also process:COMMAND).",
            TryEngines, $"engine names separated by commas ({string.Join(", ", EngineRegistry.Factories.Keys)}, process:COMMAND)");

        public Option<string?> Report { get; } = Syntax.Text("--report", "DIR", "Write conformance.json, conformance.md, index.html and JUnit XML to DIR.");

        public Option<bool> Baseline { get; } = Syntax.Flag("--baseline", "Compare with reports/baseline/ for this platform; fail on any regression.");

        public Option<int> Jobs { get; } = Syntax.Option<int>("--jobs", "N", "Worker processes at once (default: the number of processors).", Syntax.PositiveInt, "a positive number");

        public Option<int> Timeout { get; } = Syntax.Option("--timeout", "SECONDS", "Time limit per script (default: 120).", Syntax.PositiveInt, "a positive number of seconds", 120);

        public Options Read(ParseResult result) => new()
        {
            // An option of a list type that is not given reads as an empty list, not null.
            Engines = result.GetValue(Engine) is { Count: > 0 } engines ? engines : [.. EngineRegistry.Factories.Keys],
            Report = result.GetValue(Report),
            Baseline = result.GetValue(Baseline),
            Jobs = result.GetValue(Jobs) is > 0 and int jobs ? jobs : Environment.ProcessorCount,
            TimeoutSeconds = result.GetValue(Timeout),
            Output = result.InvocationConfiguration.Output,
            Error = result.InvocationConfiguration.Error,
        };

        public void AddTo(Command command)
        {
            command.Options.Add(Engine);
            command.Options.Add(Report);
            command.Options.Add(Baseline);
            command.Options.Add(Jobs);
            command.Options.Add(Timeout);
        }

        private static bool TryEngines(string text, out List<string>? engines)
        {
            engines = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
            return engines.Count > 0 && engines.All(EngineRegistry.IsKnown);
        }
    }

    /// <summary>The <c>spec</c> command: the spec suites.</summary>
    public static Command CreateSpec()
    {
        var shared = new Definition();
        var suite = Syntax.Text("--suite", "wg-1.0|wg-2.0|wg-3.0|all[,...]", "The suites to run (default: wg-1.0,wg-2.0).");
        var suites = Syntax.Text("--suites", "DIR", "Where the suites are (default: ../shared/corpora/spec beside the repository).");
        var command = new PlumbCommand("spec", "Run the WebAssembly spec suites on engines in worker processes; print a summary, write reports, compare with the baseline.") { suite };
        shared.AddTo(command);
        command.Options.Add(suites);
        command.Example("plumb spec --suite wg-2.0 --engine interpreter,compiler", "the 2.0 suite on both Plumb engines")
            .Example("plumb spec --report reports/latest --baseline", "every suite and engine, reports written, fails on a regression");
        command.SetAction(result =>
        {
            var options = shared.Read(result);
            var chosen = Suites.Parse(result.GetValue(suite) ?? "wg-1.0,wg-2.0", out var unknown);
            if (unknown.Count > 0 || chosen.Count == 0)
                return Syntax.UsageError(result, $"unknown suite '{string.Join(",", unknown)}' (known: {string.Join(", ", Suites.Names)}, all)");
            string? root = result.GetValue(suites) ?? Suites.DefaultRoot();
            if (root is null || !Directory.Exists(root))
                return Syntax.UsageError(result, $"no spec suites at '{root ?? "<repo root>/../shared/corpora/spec"}': pass --suites DIR (a clone's test/core, README.md says how)");
            var jobs = new List<Job>();
            foreach (var name in chosen)
            {
                string? folder = Suites.Folder(root, name);
                if (folder is null)
                    return Syntax.UsageError(result, $"no suite {name} under '{root}'");
                foreach (var engine in options.Engines)
                    jobs.AddRange(Suites.Scripts(folder).Select(s => new Job(engine, name, s.Relative, s.Full)));
            }
            return Execute(options, jobs);
        });
        return command;
    }

    /// <summary>The <c>wast</c> command: any scripts.</summary>
    public static Command CreateWast()
    {
        var shared = new Definition();
        var files = new Argument<string[]>("FILE") { Description = "WAST scripts to run.", Arity = ArgumentArity.OneOrMore };
        var suite = Syntax.Text("--suite", "wg-1.0|wg-2.0|wg-3.0", "Run the scripts with the rules of this suite (default: wast, the latest rules).");
        var command = new PlumbCommand("wast", "Run WAST scripts on engines in worker processes; print each failing command (or write reports).") { files, suite };
        shared.AddTo(command);
        command.Example("plumb wast corpora/regressions/*.wast --engine interpreter", "runs the regression scripts on the interpreter, prints failures")
            .Example("plumb wast my.wast --engine interpreter,compiler,wasmtime --report out", "compares three engines, writes reports to out/");
        command.SetAction(result =>
        {
            var options = shared.Read(result);
            string suiteName = result.GetValue(suite) ?? "wast";
            if (result.GetValue(suite) is not null && !Suites.Names.Contains(suiteName))
                return Syntax.UsageError(result, $"--suite takes one of {string.Join(", ", Suites.Names)}, not '{suiteName}'");
            string[] scripts = result.GetValue(files)!;
            foreach (var file in scripts.Where(f => !File.Exists(f)))
                return Syntax.UsageError(result, $"no such file '{file}'");
            var jobs = options.Engines.SelectMany(engine => scripts.Select(f => new Job(engine, suiteName, f.Replace('\\', '/'), Path.GetFullPath(f)))).ToList();
            // Without reports, the terminal is the only place a failure can be read.
            options.PrintFailures = options.Report is null;
            return Execute(options, jobs);
        });
        return command;
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

        PrintSummary(report, clock.Elapsed, options.Output);
        if (options.PrintFailures)
            PrintFailures(report, options.Output);

        int exit = report.Runs.Sum(r => r.Totals.Failed - r.Totals.Known) == 0 ? 0 : 1;
        if (options.Baseline && repo is null)
        {
            options.Error.WriteLine("plumb: --baseline needs the repository (reports/baseline/)");
            exit = 2;
        }
        else if (options.Baseline && repo is not null)
        {
            // Compared before the reports are written, so that they show the change.
            exit = CompareWithBaseline(Baseline.PathIn(repo), report, options.Output, options.Error);
        }
        if (options.Report is { } dir)
        {
            report.WriteTo(dir);
            options.Output.WriteLine($"reports: {Path.Combine(dir, ConformanceReport.Files[0])}, {string.Join(", ", ConformanceReport.Files.Skip(1))}");
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
}
