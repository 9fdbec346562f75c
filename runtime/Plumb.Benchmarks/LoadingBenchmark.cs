using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using System.Text;
using Plumb.Engines.Compiler;

namespace Plumb.Benchmarks;

/// <summary>
/// How long a module takes to start, each measurement in a fresh process (the JIT's work is what is measured):
/// <c>WasmRuntime.Compile</c>, then time to the end of the first call (instantiate and call the module's entry: a
/// kernel's <c>run(1)</c>, or a WASI program's <c>_start</c> with <c>--version</c>), then the JIT of every function
/// not yet compiled ("compile all"). Run on the compiler without a cache, with an empty cache (the entry is
/// created) and with that cache again (the entry is loaded: what a second process saves), and on the interpreter.
/// The process's CPU time (all its threads: the JIT and the loader may use others), which a busy shared machine
/// inflates far less than wall-clock time.
/// </summary>
internal static class LoadingBenchmark
{
    private static readonly (string Name, string Engine, string Cache)[] Modes =
    [
        ("interpreter", "interpreter", "none"),
        ("compiler, no cache", "compiler", "none"),
        ("compiler, cache created (empty cache)", "compiler", "fresh"),
        ("compiler, cache loaded (second process)", "compiler", "same"),
    ];

    /// <summary>The loading command: every mode for every module, as a Markdown table.</summary>
    public static int Run(Options options, IReadOnlyList<string> modules, string work)
    {
        int repeats = options.Int("processes", 3);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Loading, process CPU ms from the start of Compile, median of {repeats} processes per row (compile all: the JIT of every function the first call did not reach; the interpreter has nothing left to compile).");
        text.AppendLine();
        text.AppendLine("| module | functions | MB | mode | compile | to first call (compile + instantiate + call) | compile all (to first call + the rest) |");
        text.AppendLine("| --- | ---: | ---: | --- | ---: | ---: | ---: |");
        int status = 0;
        foreach (var module in modules)
        {
            var bytes = File.ReadAllBytes(module);
            int functions = Plumb.Binary.ModuleReader.Read(bytes).Functions.Length;
            var cache = Path.Combine(work, "cache-" + Guid.NewGuid().ToString("N"));
            foreach (var (name, engine, cacheMode) in Modes)
            {
                var samples = new List<double[]>();
                for (int r = 0; r < repeats; r++)
                {
                    string? directory = cacheMode switch
                    {
                        "none" => null,
                        "fresh" => Path.Combine(work, "cache-" + Guid.NewGuid().ToString("N")),
                        _ => cache,
                    };
                    if (cacheMode == "same" && !Directory.Exists(cache))
                    {
                        // The entry the loaded rows read: created once by a process of its own.
                        Child(module, engine, cache);
                    }
                    var result = Child(module, engine, directory);
                    if (result is null)
                    {
                        status = 1;
                        break;
                    }
                    samples.Add(result);
                    if (cacheMode == "fresh")
                    {
                        Directory.Delete(directory!, recursive: true);
                    }
                }
                if (samples.Count == 0)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {Path.GetFileName(module)} | {functions} | {bytes.Length / 1e6:F1} | {name} | failed | | |");
                    continue;
                }
                double Median(int i) => samples.Select(s => s[i]).Order().ElementAt(samples.Count / 2);
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Path.GetFileName(module)} | {functions} | {bytes.Length / 1e6:F1} | {name} | {Median(0):F0} | {Median(1):F0} | {Median(2):F0} |");
            }
            if (Directory.Exists(cache))
            {
                Directory.Delete(cache, recursive: true);
            }
        }
        Console.Write(text);
        if (options.TryGet("out") is { } outFile)
        {
            File.WriteAllText(outFile, text.ToString());
        }
        return status;
    }

    private static double[]? Child(string module, string engine, string? cache)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in new[] { "loading-worker", "--module", module, "--engines", engine, "--cache", cache ?? "none" })
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start) ?? throw new InvalidOperationException("cannot start the loading worker");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("times ", StringComparison.Ordinal));
        if (line is null)
        {
            Console.Error.WriteLine($"bench: loading {Path.GetFileName(module)} on {engine}: {output.Trim()}");
            return null;
        }
        return [.. line[6..].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
    }

    /// <summary>One measurement: prints "times COMPILE FIRSTCALL ALL" in ms.</summary>
    public static int Worker(string module, string engine, string? cache)
    {
        var config = RuntimeConfig.Default.WithEngine(engine == "interpreter" ? EngineKind.Interpreter : EngineKind.Compiler);
        if (cache is not null)
        {
            config = config.WithCompilationCache(cache);
        }
        // The compiler emits every function's IL at once, and charges its budget for it: a module of 20,000+
        // functions needs more than the default 1 GiB (runtime/RATIONALE.md, "How much memory may compiling a
        // module take?").
        config = config.WithCompileMemoryLimit(8L << 30);
        using var self = Process.GetCurrentProcess();
        double Now()
        {
            self.Refresh();
            return self.TotalProcessorTime.TotalMilliseconds;
        }
        double started = Now();
        using var runtime = WasmRuntime.Create(config);
        CompiledModule compiled;
        try
        {
            compiled = runtime.Compile(File.ReadAllBytes(module));
        }
        catch (WasmException e)
        {
            Console.WriteLine($"failed {e.GetType().Name}: {e.Message}");
            return 1;
        }
        double compile = Now() - started;
        try
        {
            if (compiled.Imports.Any(i => i.ModuleName == WasiPreview1.ModuleName))
            {
                WasiPreview1.Instantiate(runtime);
                WasiPreview1.Run(runtime, compiled, ModuleConfig.Default.WithArgs("yosys", "--version").WithDeterministicClocks());
            }
            else
            {
                var instance = runtime.Instantiate(compiled);
                instance.GetFunction<int, int>("run")!(1);
            }
        }
        catch (WasmException e)
        {
            Console.WriteLine($"failed {e.GetType().Name}: {e.Message}");
            return 1;
        }
        double first = Now() - started;
        if (engine != "interpreter")
        {
            foreach (var code in compiled.Code)
            {
                Prepare(((CompiledFunction)code).Method);
            }
        }
        double all = Now() - started;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"times {compile} {first} {all}"));
        return 0;
    }

    private static readonly MethodInfo? MethodDescriptor =
        typeof(DynamicMethod).GetMethod("GetMethodDescriptor", BindingFlags.NonPublic | BindingFlags.Instance);

    /// <summary>Has the JIT compile <paramref name="method"/> now (a no-op when it already has).</summary>
    private static void Prepare(MethodInfo method)
    {
        var handle = method is DynamicMethod
            ? (RuntimeMethodHandle)(MethodDescriptor ?? throw new InvalidOperationException("DynamicMethod.GetMethodDescriptor is gone")).Invoke(method, null)!
            : method.MethodHandle;
        RuntimeHelpers.PrepareMethod(handle);
    }
}
