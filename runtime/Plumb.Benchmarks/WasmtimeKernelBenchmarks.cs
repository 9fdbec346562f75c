using Wasmtime;

namespace Plumb.Benchmarks;

/// <summary>The kernels on Wasmtime (Cranelift, the NuGet package's default compiler).</summary>
public class WasmtimeKernelBenchmarks : KernelBenchmarks
{
    private Engine? engine;
    private Module? module;
    private Store? store;

    /// <inheritdoc />
    protected override string EngineName => "wasmtime";

    /// <inheritdoc />
    protected override Func<int, int> Load(string wasmPath)
    {
        engine = new Engine();
        module = Module.FromFile(engine, wasmPath);
        store = new Store(engine);
        var instance = new Linker(engine).Instantiate(store, module);
        return instance.GetFunction<int, int>("run") ?? throw KernelCheck.Fail($"wasmtime: {wasmPath}: no run export");
    }

    /// <inheritdoc />
    protected override void Release()
    {
        store?.Dispose();
        module?.Dispose();
        engine?.Dispose();
        store = null;
        module = null;
        engine = null;
    }
}
