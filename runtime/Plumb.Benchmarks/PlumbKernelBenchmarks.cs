namespace Plumb.Benchmarks;

/// <summary>The kernels on one of Plumb's engines, through the public embedding API as an embedder would call them.</summary>
public abstract class PlumbKernelBenchmarks : KernelBenchmarks
{
    private WasmRuntime? _runtime;

    /// <summary>The engine the kernels run on.</summary>
    protected abstract EngineKind Engine { get; }

    /// <inheritdoc />
    protected override Func<int, int> Load(string wasmPath)
    {
        _runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(Engine));
        var instance = _runtime.Instantiate(_runtime.Compile(File.ReadAllBytes(wasmPath)));
        return instance.GetFunction<int, int>("run") ?? throw KernelCheck.Fail($"{EngineName}: {wasmPath}: no run export");
    }

    /// <inheritdoc />
    protected override void Release()
    {
        _runtime?.Dispose();
        _runtime = null;
    }
}

/// <summary>The kernels on Plumb's IL compiler (the default engine where dynamic code is compiled).</summary>
public class CompilerKernelBenchmarks : PlumbKernelBenchmarks
{
    /// <inheritdoc />
    protected override string EngineName => "compiler";

    /// <inheritdoc />
    protected override EngineKind Engine => EngineKind.Compiler;
}

/// <summary>The kernels on Plumb's interpreter.</summary>
public class InterpreterKernelBenchmarks : PlumbKernelBenchmarks
{
    /// <inheritdoc />
    protected override string EngineName => "interpreter";

    /// <inheritdoc />
    protected override EngineKind Engine => EngineKind.Interpreter;
}
