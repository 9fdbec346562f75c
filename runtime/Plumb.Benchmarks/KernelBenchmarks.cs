using BenchmarkDotNet.Attributes;

namespace Plumb.Benchmarks;

/// <summary>
/// One benchmark case per kernel, on one engine: the subclass loads the kernel and hands back its
/// <c>run</c> export; the result is checked once against the native one before anything is timed.
/// </summary>
public abstract class KernelBenchmarks : IDisposable
{
    private Func<int, int>? _run;
    private int _argument;

    /// <summary>The kernels to run, one benchmark case each.</summary>
    public static IEnumerable<string> KernelNames => BenchSettings.Kernels.Select(k => k.Name);

    /// <summary>The kernel of this case.</summary>
    [ParamsSource(nameof(KernelNames))]
    public string Kernel { get; set; } = "";

    /// <summary>The engine's name in messages.</summary>
    protected abstract string EngineName { get; }

    /// <summary>Compiles and instantiates the kernel's module and returns its <c>run</c> export.</summary>
    protected abstract Func<int, int> Load(string wasmPath);

    /// <summary>Frees what <see cref="Load"/> created.</summary>
    protected abstract void Release();

    /// <summary>Loads the kernel, and checks its result once before timing it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var kernel = BenchSettings.Kernel(Kernel);
        _argument = kernel.Argument(BenchSettings.Quick);
        try
        {
            _run = Load(Path.Combine(BenchSettings.BenchFolder, kernel.Name + ".wasm"));
            KernelCheck.Expect(EngineName, kernel, _run(_argument));
        }
        catch (WasmException e)
        {
            throw KernelCheck.Fail($"{EngineName}: {kernel.Name}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>One call of <c>run(n)</c>.</summary>
    [Benchmark]
    public int Run() => _run!(_argument);

    /// <summary>Frees the engine's objects.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        Release();
        _run = null;
        GC.SuppressFinalize(this);
    }
}
