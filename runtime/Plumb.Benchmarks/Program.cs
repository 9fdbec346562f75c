using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Plumb.Benchmarks;

/// <summary>
/// The benchmark program behind scripts/bench.sh.
/// <code>
///   Plumb.Benchmarks kernels [--quick] [--filter fib,sieve] [--engines compiler,interpreter,wasmtime,wasm-interp]
///                            (also compiler-fuel and interpreter-fuel, only when named: every call metered)
///                            [--iterations N] [--native-reps N] [--interp-reps N] [--native-dir DIR] [--out FILE]
///                            [--root REPO] [--artifacts DIR]
///   Plumb.Benchmarks decode [--quick] [--module FILE] [--iterations N] [--out FILE]
///   Plumb.Benchmarks loading [--module A.wasm,B.wasm] [--processes N] [--out FILE]   (start-up: compile, first call, compile all; the cache)
///   Plumb.Benchmarks cancel [--iterations N] [--out FILE]   (cancellation latency of an infinite loop)
///   Plumb.Benchmarks bdn [BenchmarkDotNet arguments]   (any benchmark class, BenchmarkDotNet's own defaults)
///   Plumb.Benchmarks kernel-worker --engines compiler|interpreter|wasmtime --filter KERNEL [--quick] [--iterations N]
/// </code>
/// The in-process engines measure each kernel in a process of its own (kernel-worker): the .NET JIT
/// optimizes the interpreter's loop with a profile of the code it ran first, so in one shared process
/// every kernel would run with a loop tuned for the first kernel (runtime/RATIONALE.md, "How is the
/// engines' speed measured?").
/// </summary>
internal static class Program
{
    /// <summary>The engines the kernels run on, in table order.</summary>
    private static readonly string[] AllEngines = ["native", "compiler", "interpreter", "wasmtime", "wasm-interp"];

    /// <summary>Engines run only when named: Plumb's engines with fuel metered (what metering costs).</summary>
    private static readonly string[] MeteredEngines = ["compiler-fuel", "interpreter-fuel"];

    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.Error.WriteLine("usage: Plumb.Benchmarks kernels [--quick] [--filter K,..] [--engines E,..] [--iterations N] [--processes N] [--native-reps N] [--interp-reps N] [--native-dir DIR] [--out FILE]");
            Console.Error.WriteLine("       Plumb.Benchmarks decode [--quick] [--module FILE] [--iterations N] [--out FILE]");
            Console.Error.WriteLine("       Plumb.Benchmarks loading [--module A.wasm,B.wasm] [--processes N] [--out FILE]");
            Console.Error.WriteLine("       Plumb.Benchmarks cancel [--iterations N] [--out FILE]");
            Console.Error.WriteLine("       Plumb.Benchmarks bdn [BenchmarkDotNet arguments]");
            return 2;
        }

        var options = Options.Parse(args.AsSpan(1));
        if (options.TryGet("root") is { } root)
        {
            BenchSettings.Root = Path.GetFullPath(root);
        }

        BenchSettings.Quick = options.Has("quick");
        var all = Kernel.Load(BenchSettings.BenchFolder);
        var filter = options.TryGet("filter")?.Split(',', StringSplitOptions.RemoveEmptyEntries);
        BenchSettings.Kernels = filter is null ? all : all.Where(k => filter.Contains(k.Name)).ToList();

        switch (args[0])
        {
            case "kernels":
                return RunKernels(options);
            case "decode":
                return RunDecode(options);
            case "kernel-worker":
                return RunKernelWorker(options);
            case "loading":
            {
                var work = Path.Combine(options.TryGet("artifacts") ?? Path.Combine(BenchSettings.Root, "artifacts"), "bench");
                Directory.CreateDirectory(work);
                var modules = options.TryGet("module")?.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Path.GetFullPath).ToList()
                    ?? [BenchSettings.LargeModule];
                return LoadingBenchmark.Run(options, modules, work);
            }
            case "loading-worker":
                return LoadingBenchmark.Worker(options.TryGet("module")!, options.TryGet("engines")!, options.TryGet("cache") is { } c && c != "none" ? c : null);
            case "cancel":
                return CancellationBenchmark.Run(options);
            case "bdn":
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args[1..]);
                return 0;
            default:
                Console.Error.WriteLine($"unknown command '{args[0]}'");
                return 2;
        }
    }

    private static int RunKernels(Options options)
    {
        var quick = BenchSettings.Quick;
        var kernels = BenchSettings.Kernels;
        var engines = options.TryGet("engines")?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? AllEngines;
        // "plumb" names both of Plumb's engines.
        engines = [.. engines.SelectMany(e => e == "plumb" ? ["compiler", "interpreter"] : new[] { e })];
        var unknown = engines.Except(AllEngines).Except(MeteredEngines).ToList();
        if (unknown.Count > 0)
        {
            Console.Error.WriteLine($"unknown engine(s): {string.Join(", ", unknown)}; known: {string.Join(", ", AllEngines.Concat(MeteredEngines))}");
            return 2;
        }

        engines = [.. AllEngines.Concat(MeteredEngines).Where(e => e == "native" || engines.Contains(e))];
        var iterations = options.Int("iterations", quick ? 3 : 5);
        var nativeReps = options.Int("native-reps", quick ? 5 : 7);
        var interpReps = options.Int("interp-reps", quick ? 3 : 1);
        var processes = options.Int("processes", quick ? 1 : 3);
        var work = Path.Combine(options.TryGet("artifacts") ?? Path.Combine(BenchSettings.Root, "artifacts"), "bench");
        var nativeDir = options.TryGet("native-dir") ?? Path.Combine(work, "native");
        var table = new ResultTable(kernels, engines, quick);

        foreach (var engine in engines)
        {
            Console.Error.WriteLine($"bench: {engine} ({kernels.Count} kernels{(quick ? ", quick" : "")})");
            switch (engine)
            {
                case "native":
                    Each(k => table.Add(k.Name, engine, ExternalRunner.Median(ExternalRunner.Native(nativeDir, k, quick, nativeReps))));
                    break;
                case "wasm-interp":
                    Each(k => table.Add(k.Name, engine, ExternalRunner.Median(ExternalRunner.WasmInterp(Path.Combine(work, "wasm-interp"), k, quick, interpReps))));
                    break;
                case "compiler":
                case "interpreter":
                case "compiler-fuel":
                case "interpreter-fuel":
                case "wasmtime":
                    // The median of several processes: the JIT lays out the interpreter's loop differently in each
                    // (on-stack replacement entered at different handlers, code at different addresses), and one
                    // process can be 20-40% off on a kernel (runtime/RATIONALE.md, "How is the engines' speed measured?").
                    Each(k => table.Add(k.Name, engine, ExternalRunner.Median(
                        [.. Enumerable.Range(0, processes).Select(_ => RunKernelInChild(engine, k, quick, iterations, options))])));
                    break;
            }
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"Median CPU time per call of run(n) in ms ({(quick ? "quick" : "full")} mode; native: {nativeReps} runs, BenchmarkDotNet engines: median of {processes} process(es) of 1 warm-up + {iterations} iterations each, wasm-interp: {interpReps} run(s) less its load time). The geometric mean is of the ratios to native.");
        text.AppendLine();
        text.Append(table.Render());
        if (engines.Contains("interpreter") && engines.Contains("wasm-interp"))
        {
            var slowest = kernels
                .Select(k => (k.Name, Speedup: table.Get(k.Name, "wasm-interp") / table.Get(k.Name, "interpreter")))
                .Where(p => p.Speedup is not null)
                .OrderBy(p => p.Speedup)
                .FirstOrDefault();
            if (slowest.Name is not null)
            {
                text.AppendLine();
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"Plumb's interpreter vs wasm-interp: {table.GeometricMeanRatio("wasm-interp", "interpreter"):F1}× faster in geometric mean, {slowest.Speedup:F1}× at least ({slowest.Name}).");
            }
        }

        Console.Write(text);
        if (options.TryGet("out") is { } outFile)
        {
            File.WriteAllText(outFile, text.ToString());
        }

        foreach (var failure in KernelCheck.Failures)
        {
            Console.Error.WriteLine($"bench: FAILED: {failure}");
        }

        return KernelCheck.Failures.Count == 0 ? 0 : 1;

        void Each(Action<Kernel> measure)
        {
            foreach (var kernel in kernels)
            {
                try
                {
                    measure(kernel);
                }
                catch (InvalidOperationException e)
                {
                    KernelCheck.Fail(e.Message);
                }
            }
        }
    }

    /// <summary>
    /// Measures one kernel on one in-process engine in a child process (this program's kernel-worker
    /// command) and returns its median CPU time in ms; the child's failures become this run's.
    /// </summary>
    private static double RunKernelInChild(string engine, Kernel kernel, bool quick, int iterations, Options options)
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in new[] { "kernel-worker", "--engines", engine, "--filter", kernel.Name, "--iterations", iterations.ToString(CultureInfo.InvariantCulture), "--root", BenchSettings.Root })
        {
            start.ArgumentList.Add(arg);
        }
        if (quick)
        {
            start.ArgumentList.Add("--quick");
        }
        if (options.TryGet("artifacts") is { } artifacts)
        {
            start.ArgumentList.Add("--artifacts");
            start.ArgumentList.Add(artifacts);
        }
        using var child = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("cannot start the kernel worker");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        double? median = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (line.StartsWith("median ", StringComparison.Ordinal))
            {
                median = double.Parse(line[7..], CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("failed ", StringComparison.Ordinal))
            {
                KernelCheck.Fail(line[7..]);
            }
        }
        return median ?? throw new InvalidOperationException($"{engine}: {kernel.Name}: the kernel worker gave no result (exit code {child.ExitCode})");
    }

    /// <summary>The kernel-worker command: one kernel on one in-process engine; prints "median MS" or "failed MESSAGE" lines.</summary>
    private static int RunKernelWorker(Options options)
    {
        var engine = options.TryGet("engines");
        var type = engine switch
        {
            "compiler" => typeof(CompilerKernelBenchmarks),
            "interpreter" => typeof(InterpreterKernelBenchmarks),
            "compiler-fuel" => typeof(CompilerFuelKernelBenchmarks),
            "interpreter-fuel" => typeof(InterpreterFuelKernelBenchmarks),
            "wasmtime" => typeof(WasmtimeKernelBenchmarks),
            _ => null,
        };
        if (type is null || BenchSettings.Kernels.Count != 1)
        {
            Console.Error.WriteLine("usage: Plumb.Benchmarks kernel-worker --engines compiler|interpreter|wasmtime --filter KERNEL [--quick] [--iterations N]");
            return 2;
        }
        var work = Path.Combine(options.TryGet("artifacts") ?? Path.Combine(BenchSettings.Root, "artifacts"), "bench");
        var summary = RunInProcess(type, options.Int("iterations", BenchSettings.Quick ? 3 : 5), work);
        var stats = summary.Reports.FirstOrDefault()?.ResultStatistics;
        foreach (var failure in KernelCheck.Failures)
        {
            Console.WriteLine($"failed {failure}");
        }
        if (stats is not null && KernelCheck.Failures.Count == 0)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {stats.Median / 1e6}"));
            return 0;
        }
        return 1;
    }

    /// <summary>Decode and decode+validate throughput of the large module, beside Wasmtime's and wabt's validators.</summary>
    private static int RunDecode(Options options)
    {
        if (options.TryGet("module") is { } module)
        {
            BenchSettings.LargeModule = Path.GetFullPath(module);
        }

        var iterations = options.Int("iterations", BenchSettings.Quick ? 5 : 15);
        var work = Path.Combine(options.TryGet("artifacts") ?? Path.Combine(BenchSettings.Root, "artifacts"), "bench");
        var size = new FileInfo(BenchSettings.LargeModule).Length;
        Console.Error.WriteLine($"bench: decode+validate of {BenchSettings.LargeModule} ({size} bytes)");
        var summary = RunInProcess(typeof(DecodeValidateBenchmarks), iterations, work, warmups: 3);
        var rows = new List<(string Name, double? Ms)>();
        foreach (var (method, label) in new[]
                 {
                     ("Decode", "Plumb: decode"), ("DecodeAndValidate", "Plumb: decode + validate"),
                     ("CompileModule", "Plumb interpreter: WasmRuntime.Compile (decode + validate + translate)"),
                     ("CompileModuleCompiler", "Plumb compiler: WasmRuntime.Compile (decode + validate + emit IL)"),
                     ("WasmtimeValidate", "Wasmtime: Module.Validate (decode + validate)"),
                     ("WasmtimeCompile", "Wasmtime: new Module (decode + validate + Cranelift, one thread)"),
                 })
        {
            var report = summary.Reports.FirstOrDefault(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            rows.Add((label, report?.ResultStatistics?.Median / 1e6));
        }

        try
        {
            rows.Add(("wabt: wasm-validate (whole process)", ExternalRunner.Median(ExternalRunner.WasmValidate(BenchSettings.LargeModule, 3))));
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            KernelCheck.Fail($"wasm-validate: {e.Message}");
        }

        var text = new System.Text.StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Decode+validate of {Path.GetFileName(BenchSettings.LargeModule)} ({size / 1e6:F2} MB), median CPU time of {iterations} iterations (MB = 10^6 bytes).");
        text.AppendLine();
        text.AppendLine("| what | median ms | MB/s |");
        text.AppendLine("| --- | ---: | ---: |");
        foreach (var (name, ms) in rows)
        {
            text.AppendLine(ms is { } t
                ? string.Create(CultureInfo.InvariantCulture, $"| {name} | {t:F1} | {size / 1e6 / (t / 1e3):F1} |")
                : $"| {name} | failed | — |");
        }

        Console.Write(text);
        if (options.TryGet("out") is { } outFile)
        {
            File.WriteAllText(outFile, text.ToString());
        }

        foreach (var failure in KernelCheck.Failures)
        {
            Console.Error.WriteLine($"bench: FAILED: {failure}");
        }

        return KernelCheck.Failures.Count == 0 && rows.All(r => r.Ms is not null) ? 0 : 1;
    }

    /// <summary>
    /// Runs one benchmark class in this process with a short Monitoring job (one warm-up, a few single-call
    /// iterations): the kernels take milliseconds to seconds per call, so BenchmarkDotNet's pilot and overhead
    /// stages would only add minutes. In process, the settings above reach the benchmark classes directly.
    /// </summary>
    private static Summary RunInProcess(Type type, int iterations, string work, int warmups = 1)
    {
        var job = Job.Default
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: false))
            .WithClock(CpuTime.ThreadClock)
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(warmups)
            .WithIterationCount(iterations);
        Directory.CreateDirectory(work);
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddLogger(new StreamLogger(Path.Combine(work, type.Name + ".log")))
            .WithArtifactsPath(Path.Combine(work, "BenchmarkDotNet.Artifacts"));
        return BenchmarkRunner.Run(type, config);
    }
}
