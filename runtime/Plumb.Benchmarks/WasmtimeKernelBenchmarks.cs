using Wasmtime;

namespace Plumb.Benchmarks;

/// <summary>The kernels on Wasmtime (Cranelift, the NuGet package's default compiler).</summary>
public class WasmtimeKernelBenchmarks : KernelBenchmarks
{
    private Engine? _engine;
    private Module? _module;
    private Store? _store;

    /// <inheritdoc />
    protected override string EngineName => "wasmtime";

    /// <inheritdoc />
    protected override Func<int, int> Load(string wasmPath)
    {
        _engine = new Engine();
        _module = Module.FromFile(_engine, wasmPath);
        _store = new Store(_engine);
        var instance = new Linker(_engine).Instantiate(_store, _module);
        return instance.GetFunction<int, int>("run") ?? throw KernelCheck.Fail($"wasmtime: {wasmPath}: no run export");
    }

    /// <inheritdoc />
    protected override void Release()
    {
        _store?.Dispose();
        _module?.Dispose();
        _engine?.Dispose();
        _store = null;
        _module = null;
        _engine = null;
    }
}
