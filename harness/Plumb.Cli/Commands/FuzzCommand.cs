using System.CommandLine;
using System.Globalization;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Plumb.Cli.CommandLine;
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
    /// <summary>Divergences reduced per run; the rest are written as found (a broken engine can diverge on every case).</summary>
    private const int ReducedLimit = 25;

    /// <summary>Where the engines run (<c>--isolation</c>); a value type of its own, as System.CommandLine gives a bool option no value.</summary>
    private enum Isolation
    {
        Process,
        Thread,
    }

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

    /// <summary>
    /// The command's definition; <paramref name="engines"/> may supply engines by name ahead of the registry
    /// (tests plant faulty engines this way) and <paramref name="source"/> replaces the case source.
    /// </summary>
    public static Command Create(Func<string, IEngine?>? engines, Func<long, FuzzCase>? source)
    {
        var names = Syntax.Option<List<string>?>("--engines", "A,B,...", "The engines to compare, at least two (default: interpreter,wasmtime; also process:COMMAND).",
            TryNames, "engine names separated by commas");
        var reference = Syntax.Text("--reference", "E", "The engine the others are compared with (default: wasmtime when named, else the first).");
        var seconds = Syntax.Option("--seconds", "N", "How long to fuzz (default: 60).", TrySeconds, "a positive number of seconds", 60.0);
        var seed = Syntax.Option<long?>("--seed", "S", "The first seed (default: random); the run is reproducible from it.", Syntax.Long, "an integer");
        var features = Syntax.Option("--features", "core1|core2", "The feature set of generated modules (default: core2).", TryFeatures, "core1 or core2", WasmFeatures.Core2);
        var report = Syntax.Text("--report", "DIR", "Write fuzz.json, fuzz.md and a reduced WAST script per divergence to DIR.");
        var jobs = Syntax.Option("--jobs", "N", "Cases run at once (default: 1).", Syntax.PositiveInt, "a positive number", 1);
        var cases = Syntax.Option<long?>("--cases", "N", "Stop after N modules (default: only the time limit).", Syntax.PositiveLong, "a positive number");
        var mutations = Syntax.Option("--mutations", "off|RATE", $"The share of cases that mutate a generated module's bytes (default: {FuzzCaseSource.DefaultMutationRate.ToString(CultureInfo.InvariantCulture)}).",
            TryRate, "off or a rate from 0 to 1", FuzzCaseSource.DefaultMutationRate);
        var isolation = Syntax.Option<Isolation>("--isolation", "process|thread", "Each engine in a worker process (default) or all in this process.", TryIsolation, "process or thread");
        var command = new PlumbCommand("fuzz", "Differential fuzzing: run generated modules on several engines and compare; exit 1 on any divergence.")
        {
            names, reference, seconds, seed, features, report, jobs, cases, mutations, isolation,
        };
        command.Example("plumb fuzz --engines interpreter,compiler,wasmtime --seconds 180 --seed 7", "three engines for three minutes, reproducible from seed 7")
            .Example("plumb fuzz --cases 1000 --report out", "1000 modules on the interpreter and Wasmtime; divergences reduced into out/divergences/");
        command.SetAction(result =>
        {
            var options = new Options
            {
                // An option of a list type that is not given reads as an empty list, not null.
                Engines = result.GetValue(names) is { Count: > 0 } given ? given : ["interpreter", "wasmtime"],
                Reference = result.GetValue(reference),
                Seconds = result.GetValue(seconds),
                Seed = result.GetValue(seed),
                Features = result.GetValue(features),
                Report = result.GetValue(report),
                Jobs = result.GetValue(jobs),
                Cases = result.GetValue(cases),
                Mutations = result.GetValue(mutations),
                Isolated = result.GetValue(isolation) == Isolation.Process,
            };
            if (Check(options, engines) is { } error)
                return Syntax.UsageError(result, error);
            return Run(options, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error, engines, source);
        });
        return command;
    }

    /// <summary>Runs <c>plumb fuzz ARGS</c> with <see cref="Create"/>'s engines and source (for tests).</summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, Func<string, IEngine?>? engines, Func<long, FuzzCase>? source) =>
        Program.Run(Program.BuildRoot(Create(engines, source)), ["fuzz", .. args], stdout, stderr);

    private static int Run(Options options, TextWriter stdout, TextWriter stderr, Func<string, IEngine?>? engines, Func<long, FuzzCase>? source)
    {
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

    private static bool TryNames(string text, out List<string>? names)
    {
        names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
        return names.Count > 0;
    }

    private static bool TrySeconds(string text, out double seconds) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds) && seconds > 0 && double.IsFinite(seconds);

    private static bool TryFeatures(string text, out WasmFeatures features)
    {
        features = text == "core1" ? WasmFeatures.Core1 : WasmFeatures.Core2;
        return text is "core1" or "core2";
    }

    private static bool TryRate(string text, out double rate)
    {
        rate = 0;
        return text == "off" || (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out rate) && rate is >= 0 and <= 1);
    }

    private static bool TryIsolation(string text, out Isolation isolation)
    {
        isolation = text == "thread" ? Isolation.Thread : Isolation.Process;
        return text is "process" or "thread";
    }

    /// <summary>The rules between options (engine names, reference): null when the options hold together, else what is wrong.</summary>
    private static string? Check(Options options, Func<string, IEngine?>? extra)
    {
        if (options.Engines.Count < 2)
        {
            return "--engines needs at least two engines";
        }
        if (options.Engines.Distinct(StringComparer.Ordinal).Count() != options.Engines.Count)
        {
            return "an engine is named twice in --engines";
        }
        foreach (var name in options.Engines)
        {
            if (EngineRegistry.IsKnown(name))
                continue;
            using var supplied = extra?.Invoke(name);
            if (supplied is null)
            {
                return $"unknown engine '{name}' (known: {string.Join(", ", EngineRegistry.Factories.Keys)}, process:COMMAND)";
            }
        }
        if (options.Reference is { } r && !options.Engines.Contains(r))
        {
            return $"the reference '{r}' is not among --engines";
        }
        return null;
    }
}
