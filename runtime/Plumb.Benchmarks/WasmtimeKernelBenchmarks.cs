using BenchmarkDotNet.Attributes;
using Wasmtime;

namespace Plumb.Benchmarks;

/// <summary>The kernels on Wasmtime (Cranelift, the NuGet package's default compiler).</summary>
public class WasmtimeKernelBenchmarks : IDisposable
{
    private Engine? engine;
    private Module? module;
    private Store? store;
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
        engine = new Engine();
        module = Module.FromFile(engine, Path.Combine(BenchSettings.BenchFolder, kernel.Name + ".wasm"));
        store = new Store(engine);
        var instance = new Linker(engine).Instantiate(store, module);
        run = instance.GetFunction<int, int>("run") ?? throw new InvalidOperationException($"{kernel.Name}: no run export");
        argument = kernel.Argument(BenchSettings.Quick);
        KernelCheck.Expect("wasmtime", kernel, run(argument));
    }

    /// <summary>One call of <c>run(n)</c>.</summary>
    [Benchmark]
    public int Run() => run!(argument);

    /// <summary>Frees the store, module and engine.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        store?.Dispose();
        module?.Dispose();
        engine?.Dispose();
        store = null;
        module = null;
        engine = null;
        GC.SuppressFinalize(this);
    }
}
