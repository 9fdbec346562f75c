namespace Plumb.Benchmarks;

/// <summary>The kernels on Plumb's interpreter, through the public embedding API as an embedder would call them.</summary>
public class PlumbKernelBenchmarks : KernelBenchmarks
{
    private WasmRuntime? _runtime;

    /// <inheritdoc />
    protected override string EngineName => "plumb";

    /// <inheritdoc />
    protected override Func<int, int> Load(string wasmPath)
    {
        _runtime = WasmRuntime.Create();
        var instance = _runtime.Instantiate(_runtime.Compile(File.ReadAllBytes(wasmPath)));
        return instance.GetFunction<int, int>("run") ?? throw KernelCheck.Fail($"plumb: {wasmPath}: no run export");
    }

    /// <inheritdoc />
    protected override void Release()
    {
        _runtime?.Dispose();
        _runtime = null;
    }
}
