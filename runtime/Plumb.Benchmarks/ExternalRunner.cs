using System.Diagnostics;
using System.Globalization;

namespace Plumb.Benchmarks;

/// <summary>
/// The columns measured outside this process: the native build of each kernel (gcc -O2, timed inside the
/// executable) and wabt's <c>wasm-interp</c> (its process's CPU time, less that of loading the module alone).
/// </summary>
internal static class ExternalRunner
{
    /// <summary>Runs <c>KERNEL.native N REPS</c>; returns every rep's milliseconds after checking each result.</summary>
    public static double[] Native(string nativeFolder, Kernel kernel, bool quick, int reps)
    {
        var exe = Path.Combine(nativeFolder, kernel.Name + ".native");
        var output = RunProcess(exe, [kernel.Argument(quick).ToString(CultureInfo.InvariantCulture), reps.ToString(CultureInfo.InvariantCulture)]);
        var times = new List<double>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var f = line.Split(' ');
            KernelCheck.Expect("native", kernel, int.Parse(f[0], CultureInfo.InvariantCulture));
            times.Add(double.Parse(f[1], CultureInfo.InvariantCulture));
        }

        return [.. times];
    }

    /// <summary>
    /// Runs the kernel on <c>wasm-interp</c> REPS times. wasm-interp 1.0.32 can only call exports without
    /// parameters (<c>--run-all-exports</c>), so the kernel gets a wrapper export <c>bench()</c> that calls
    /// <c>run(n)</c>; the wrapper is added in the text format with wabt's own tools, leaving the kernel's
    /// code as it is. The time of loading and checking the module alone is measured and subtracted.
    /// </summary>
    public static double[] WasmInterp(string workFolder, Kernel kernel, bool quick, int reps)
    {
        Directory.CreateDirectory(workFolder);
        var n = kernel.Argument(quick);
        var wasm = Path.Combine(BenchSettings.BenchFolder, kernel.Name + ".wasm");
        var wat = RunProcess("wasm2wat", [wasm]).TrimEnd();
        const string marker = "(export \"run\" (func ";
        var at = wat.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0 || !wat.EndsWith(')'))
        {
            throw new InvalidOperationException($"{kernel.Name}: wasm2wat output has no run export");
        }

        var target = wat[(at + marker.Length)..wat.IndexOf(')', at + marker.Length)];
        var wrapped = wat[..^1] + $"\n  (func (export \"bench\") (result i32) (call {target} (i32.const {n}))))\n";
        var watPath = Path.Combine(workFolder, $"{kernel.Name}.{n}.wat");
        var wrapperPath = Path.ChangeExtension(watPath, ".wasm");
        File.WriteAllText(watPath, wrapped);
        RunProcess("wat2wasm", [watPath, "-o", wrapperPath]);

        var load = Median(Enumerable.Range(0, 3).Select(_ => Time(() => RunProcess("wasm-interp", [wrapperPath]))).ToArray());
        var times = new double[reps];
        for (var i = 0; i < reps; i++)
        {
            string output = "";
            times[i] = Math.Max(0, Time(() => output = RunProcess("wasm-interp", [wrapperPath, "--run-all-exports"])) - load);
            const string prefix = "bench() => i32:";
            var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal))
                ?? throw new InvalidOperationException($"wasm-interp: {kernel.Name}: unexpected output '{output.Trim()}'");
            KernelCheck.Expect("wasm-interp", kernel, unchecked((int)uint.Parse(line[prefix.Length..].Trim(), CultureInfo.InvariantCulture)));
        }

        return times;
    }

    /// <summary>Runs wabt's <c>wasm-validate</c> on <paramref name="module"/> REPS times; returns the CPU milliseconds of each.</summary>
    public static double[] WasmValidate(string module, int reps) =>
        Enumerable.Range(0, reps).Select(_ => Time(() => RunProcess("wasm-validate", [module]))).ToArray();

    /// <summary>The median of a non-empty sample.</summary>
    public static double Median(double[] sample)
    {
        var sorted = sample.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The CPU time (user + system) the child processes started by <paramref name="action"/> used.</summary>
    private static double Time(Action action)
    {
        var start = CpuTime.ChildrenMs();
        action();
        return CpuTime.ChildrenMs() - start;
    }

    private static string RunProcess(string file, string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} exited with {process.ExitCode}: {stderr.Result.Trim()}");
        }

        return stdout;
    }
}
