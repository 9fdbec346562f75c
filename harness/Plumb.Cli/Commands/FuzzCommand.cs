using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Plumb.Fuzz;
using Plumb.Fuzz.Differential;
using Plumb.Fuzz.Reduction;
using Plumb.Harness.Engines;

namespace Plumb.Cli.Commands;

/// <summary>
/// <c>plumb fuzz</c>: the in-process differential fuzzer. Runs cases seed after seed on every named
/// engine (<see cref="Fuzzer"/>), compares each with the reference engine, shows progress on standard
/// error and a summary on standard output; with <c>--report DIR</c> reduces every divergence to a WAST
/// script and writes <c>fuzz.json</c> and <c>fuzz.md</c>. Exit 0: no divergence; 1: divergences; 2: usage.
/// </summary>
internal static class FuzzCommand
{
    public const string Usage =
        "usage: plumb fuzz [--engines A,B,...] [--reference E] [--seconds N] [--seed S] [--features core1|core2]\n" +
        "                  [--report DIR] [--jobs N] [--cases N] [--mutations off|RATE] [--isolation process|thread]";

    /// <summary>Divergences reduced per run; the rest are written as found (a broken engine can diverge on every case).</summary>
    private const int ReducedLimit = 25;

    private sealed class Options
    {
        public List<string> Engines { get; set; } = ["interpreter", "wasmtime"];
        public string? Reference { get; set; }
        public double Seconds { get; set; } = 60;
        public long? Seed { get; set; }
        public WasmFeatures Features { get; set; } = WasmFeatures.Core2;
        public string? Report { get; set; }
        public int Jobs { get; set; } = 1;
        public long? Cases { get; set; }
        public bool Isolated { get; set; } = true;
        public double Mutations { get; set; } = FuzzCaseSource.DefaultMutationRate;
    }

    /// <summary>Runs the command on its arguments (after "fuzz").</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, null, null);

    /// <summary>
    /// Runs the command; <paramref name="engines"/> may supply engines by name ahead of the registry
    /// (tests plant faulty engines this way) and <paramref name="source"/> replaces the case source.
    /// </summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, IEngine?>? engines, Func<long, FuzzCase>? source)
    {
        if (!TryParse(args, engines, out var options, out string? error))
        {
            stderr.WriteLine($"plumb fuzz: {error}");
            stderr.WriteLine(Usage);
            return 2;
        }
        long seed = options.Seed ?? Random.Shared.NextInt64(0, 1L << 40);
        var engineOptions = new EngineOptions(options.Features == WasmFeatures.Core1 ? "wg-1.0" : "wg-2.0", options.Features, false);
        IEngine Make(string name) => engines?.Invoke(name) ?? EngineRegistry.Create(name, engineOptions);
        // Each built-in engine in a worker process of its own by default (this program again), so that an
        // engine that crashes the process or never returns costs one worker, never the run.
        var workers = WorkerCaseEngine.HostedBy(typeof(Program).Assembly, options.Features);
        ICaseEngine MakeCase(string name) => engines?.Invoke(name) is { } supplied ? new CaseEngine(() => engines(name) ?? supplied)
            : options.Isolated ? workers(name) : new CaseEngine(() => Make(name));
        string reference = options.Reference ?? DifferentialOracle.DefaultReference(options.Engines);
        var fuzzer = new Fuzzer
        {
            Engines = options.Engines,
            Reference = reference,
            Source = source ?? (options.Mutations > 0 ? FuzzCaseSource.Mutating(options.Features, options.Mutations) : FuzzCaseSource.Default(options.Features)),
            Factory = MakeCase,
            Features = options.Features,
            Jobs = options.Jobs,
        };

        stderr.WriteLine($"plumb fuzz: engines {string.Join(", ", options.Engines)}; reference {reference}; first seed {seed}; {options.Jobs} job(s); {Seconds(options.Seconds)} s; " +
            $"mutations {(options.Mutations > 0 ? options.Mutations.ToString("0.##", CultureInfo.InvariantCulture) : "off")}; " +
            (options.Isolated ? "each engine in a worker process" : "engines in this process"));
        bool interactive = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        var lastLine = TimeSpan.Zero;
        var summary = fuzzer.Run(seed, TimeSpan.FromSeconds(options.Seconds), options.Cases, p =>
        {
            string line = $"{Seconds(p.Elapsed.TotalSeconds)} s: {p.Modules} modules, {Rate(p.Executions, p.Elapsed)} executions/s, {p.Divergences} divergences";
            if (interactive)
            {
                stderr.Write("\r" + line + "   ");
            }
            else if (p.Elapsed - lastLine >= TimeSpan.FromSeconds(10))
            {
                lastLine = p.Elapsed;
                stderr.WriteLine(line);
            }
        });
        if (interactive)
            stderr.WriteLine();

        var rows = new List<(Divergence Divergence, string? File)>();
        if (options.Report is { } dir)
        {
            string folder = Path.Combine(dir, "divergences");
            Directory.CreateDirectory(folder);
            int reduced = 0;
            foreach (var finding in summary.Findings)
            {
                for (int d = 0; d < finding.Divergences.Count; d++)
                {
                    var divergence = finding.Divergences[d];
                    string name = finding.Divergences.Count == 1 ? $"{divergence.Seed}.wast" : $"{divergence.Seed}-{d + 1}.wast";
                    string script = reduced < ReducedLimit && divergence.Reference != "generator"
                        ? Reduce(finding.Case, divergence, MakeCase, options.Features, stderr)
                        : $";; plumb fuzz: seed {divergence.Seed} (not reduced)\n;; {divergence}\n";
                    reduced++;
                    if (finding.Case.Mutation is { } mutation)
                        script = $";; mutant of the generated module: {mutation}\n" + script;
                    File.WriteAllText(Path.Combine(folder, name), script);
                    rows.Add((divergence, Path.Combine("divergences", name).Replace('\\', '/')));
                }
            }
            WriteJson(Path.Combine(dir, "fuzz.json"), summary, rows);
            WriteMarkdown(Path.Combine(dir, "fuzz.md"), summary, rows, seed);
        }
        else
        {
            rows.AddRange(summary.Findings.SelectMany(f => f.Divergences).Select(d => (d, (string?)null)));
        }

        stdout.WriteLine($"plumb fuzz: {summary.Modules} modules, {summary.Executions} executions in {Seconds(summary.Elapsed.TotalSeconds)} s " +
            $"({Rate(summary.Modules, summary.Elapsed)} modules/s, {Rate(summary.Executions, summary.Elapsed)} executions/s); {rows.Count} divergences; " +
            $"{summary.Excluded} cases compared only up to a stack exhaustion or a known difference{Breakdown(summary)}");
        foreach (var (divergence, file) in rows.Take(50))
            stdout.WriteLine($"  {divergence}" + (file is null ? "" : $" -> {file}"));
        if (rows.Count > 50)
            stdout.WriteLine($"  ... and {rows.Count - 50} more");
        if (options.Report is { } reportDir)
            stdout.WriteLine($"reports: {Path.Combine(reportDir, "fuzz.json")}, fuzz.md, divergences/");
        return rows.Count == 0 ? 0 : 1;
    }

    private static string Reduce(FuzzCase fuzzCase, Divergence divergence, Func<string, ICaseEngine> make, WasmFeatures features, TextWriter stderr)
    {
        try
        {
            using var oracle = new DifferentialOracle([divergence.Reference, divergence.Engine], divergence.Reference, make) { Features = features };
            var reduced = DivergenceReduction.Reduce(oracle, fuzzCase, divergence, features, budget: 2000);
            return reduced.Script;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"plumb fuzz: reducing seed {divergence.Seed} failed: {e.GetType().Name}: {e.Message}");
            return $";; plumb fuzz: seed {divergence.Seed} (reduction failed: {e.Message})\n;; {divergence}\n";
        }
    }

    private static void WriteJson(string path, FuzzSummary summary, List<(Divergence Divergence, string? File)> rows)
    {
        var json = new JObject
        {
            ["seconds"] = Math.Round(summary.Elapsed.TotalSeconds, 1),
            ["modules"] = summary.Modules,
            ["executions"] = summary.Executions,
            ["excluded"] = summary.Excluded,
            ["excludedBy"] = JObject.FromObject(summary.ExcludedBy),
            ["engines"] = new JArray(summary.Engines),
            ["reference"] = summary.Reference,
            ["divergences"] = new JArray(rows.Select(r => new JObject
            {
                ["seed"] = r.Divergence.Seed,
                ["kind"] = r.Divergence.KindText,
                ["engines"] = new JArray(r.Divergence.Reference, r.Divergence.Engine),
                ["step"] = r.Divergence.Step,
                ["expected"] = r.Divergence.Expected,
                ["actual"] = r.Divergence.Actual,
                ["file"] = r.File,
            })),
        };
        File.WriteAllText(path, json.ToString(Formatting.Indented) + "\n");
    }

    private static void WriteMarkdown(string path, FuzzSummary summary, List<(Divergence Divergence, string? File)> rows, long seed)
    {
        var md = new StringBuilder();
        md.Append("# plumb fuzz\n\n");
        md.Append($"Engines: {string.Join(", ", summary.Engines)}; reference: {summary.Reference}; first seed: {seed}.\n\n");
        md.Append("| seconds | modules | executions | modules/s | executions/s | divergences | cut short (exhaustion, known differences) |\n| ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        md.Append($"| {Seconds(summary.Elapsed.TotalSeconds)} | {summary.Modules} | {summary.Executions} | {Rate(summary.Modules, summary.Elapsed)} | {Rate(summary.Executions, summary.Elapsed)} | {rows.Count} | {summary.Excluded}{Breakdown(summary)} |\n\n");
        md.Append("Excluded from comparison (fuzz/RATIONALE.md): NaN payloads of quiet NaNs, trap kinds of engines that do not name them faithfully, ");
        md.Append("everything after a call that exhausts the stack, function identities in tables (only null or not null is compared), ");
        md.Append("and the known differences between Plumb and Wasmtime:\n\n");
        foreach (var known in KnownDifferences.All)
            md.Append($"- {known.Name} ({known.Kind.ToString().ToLowerInvariant()}): {known.Reason}.\n");
        md.Append('\n');
        if (rows.Count > 0)
        {
            md.Append("| seed | kind | engines | step | reference | other | script |\n| ---: | --- | --- | --- | --- | --- | --- |\n");
            foreach (var (d, file) in rows)
                md.Append($"| {d.Seed} | {d.KindText} | {d.Reference} vs {d.Engine} | {Cell(d.Step)} | {Cell(d.Expected)} | {Cell(d.Actual)} | {(file is null ? "" : $"[{file}]({file})")} |\n");
        }
        File.WriteAllText(path, md.ToString());
    }

    /// <summary>The excluded cases by reason, e.g. " (stack exhaustion 3, extended-const 12)".</summary>
    private static string Breakdown(FuzzSummary summary) =>
        summary.ExcludedBy.Count == 0 ? "" : " (" + string.Join(", ", summary.ExcludedBy.Select(e => $"{e.Key} {e.Value}")) + ")";

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Seconds(double s) => s.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Rate(long count, TimeSpan elapsed) =>
        (elapsed.TotalSeconds <= 0 ? 0 : count / elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);

    private static bool TryParse(IReadOnlyList<string> args, Func<string, IEngine?>? extra, out Options options, out string? error)
    {
        options = new Options();
        error = null;
        for (int i = 0; i < args.Count; i++)
        {
            string flag = args[i];
            if (i + 1 >= args.Count)
            {
                error = flag.StartsWith("--", StringComparison.Ordinal) ? $"{flag} needs a value" : $"unexpected argument '{flag}'";
                return false;
            }
            string value = args[++i];
            switch (flag)
            {
                case "--engines":
                    options.Engines = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
                    break;
                case "--reference":
                    options.Reference = value;
                    break;
                case "--seconds" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s > 0:
                    options.Seconds = s;
                    break;
                case "--seed" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long seed):
                    options.Seed = seed;
                    break;
                case "--features" when value is "core1" or "core2":
                    options.Features = value == "core1" ? WasmFeatures.Core1 : WasmFeatures.Core2;
                    break;
                case "--report":
                    options.Report = value;
                    break;
                case "--jobs" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int jobs) && jobs > 0:
                    options.Jobs = jobs;
                    break;
                case "--cases" when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long cases) && cases > 0:
                    options.Cases = cases;
                    break;
                case "--isolation" when value is "process" or "thread":
                    options.Isolated = value == "process";
                    break;
                case "--mutations" when value == "off":
                    options.Mutations = 0;
                    break;
                case "--mutations" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double rate) && rate is >= 0 and <= 1:
                    options.Mutations = rate;
                    break;
                case "--seconds" or "--seed" or "--features" or "--jobs" or "--cases" or "--mutations" or "--isolation":
                    error = $"bad value '{value}' for {flag}";
                    return false;
                default:
                    error = $"unknown option '{flag}'";
                    return false;
            }
        }
        if (options.Engines.Count < 2)
        {
            error = "--engines needs at least two engines";
            return false;
        }
        if (options.Engines.Distinct(StringComparer.Ordinal).Count() != options.Engines.Count)
        {
            error = "an engine is named twice in --engines";
            return false;
        }
        foreach (var name in options.Engines)
        {
            if (EngineRegistry.IsKnown(name))
                continue;
            using var supplied = extra?.Invoke(name);
            if (supplied is null)
            {
                error = $"unknown engine '{name}' (known: {string.Join(", ", EngineRegistry.Factories.Keys)}, process:COMMAND)";
                return false;
            }
        }
        if (options.Reference is { } r && !options.Engines.Contains(r))
        {
            error = $"the reference '{r}' is not among --engines";
            return false;
        }
        return true;
    }
}
