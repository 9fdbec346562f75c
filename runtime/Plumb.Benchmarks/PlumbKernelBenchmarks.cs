using BenchmarkDotNet.Attributes;

namespace Plumb.Benchmarks;

/// <summary>The kernels on Plumb's interpreter, through the public embedding API as an embedder would call them.</summary>
public class PlumbKernelBenchmarks : IDisposable
{
    private WasmRuntime? runtime;
    private Func<int, int>? run;
    private int argument;

    /// <summary>The kernels to run, one benchmark case each.</summary>
    public static IEnumerable<string> KernelNames => BenchSettings.Kernels.Select(k => k.Name);

    /// <summary>The kernel of this case.</summary>
    [ParamsSource(nameof(KernelNames))]
    public string Kernel { get; set; } = "";

    /// <summary>Compiles and instantiates the kernel, and checks its result once before timing it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kernel = BenchSettings.Kernel(Kernel);
        runtime = WasmRuntime.Create();
        var module = runtime.Compile(File.ReadAllBytes(Path.Combine(BenchSettings.BenchFolder, kernel.Name + ".wasm")));
        var instance = runtime.Instantiate(module);
        run = instance.GetFunction<int, int>("run") ?? throw KernelCheck.Fail($"plumb: {kernel.Name}: no run export");
        argument = kernel.Argument(BenchSettings.Quick);
        try
        {
            KernelCheck.Expect("plumb", kernel, run(argument));
        }
        catch (WasmException e)
        {
            throw KernelCheck.Fail($"plumb: {kernel.Name}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>One call of <c>run(n)</c>.</summary>
    [Benchmark]
    public int Run() => run!(argument);

    /// <summary>Frees the runtime and its instances.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        runtime?.Dispose();
        runtime = null;
        GC.SuppressFinalize(this);
    }
}
