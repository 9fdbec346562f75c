namespace Plumb.Benchmarks;

/// <summary>The kernels on one of Plumb's engines, through the public embedding API as an embedder would call them.</summary>
public abstract class PlumbKernelBenchmarks : KernelBenchmarks
{
    private WasmRuntime? _runtime;

    /// <summary>The engine the kernels run on.</summary>
    protected abstract EngineKind Engine { get; }

    /// <summary>Whether every call is metered (fuel enough for any kernel): what fuel and its checks cost.</summary>
    protected virtual bool Metered => false;

    /// <inheritdoc />
    protected override Func<int, int> Load(string wasmPath)
    {
        var config = RuntimeConfig.Default.WithEngine(Engine);
        _runtime = WasmRuntime.Create(Metered ? config.WithFuel(long.MaxValue) : config);
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

/// <summary>The kernels on Plumb's IL compiler with fuel metered: the cost of charging every call and loop iteration.</summary>
public class CompilerFuelKernelBenchmarks : CompilerKernelBenchmarks
{
    /// <inheritdoc />
    protected override string EngineName => "compiler-fuel";

    /// <inheritdoc />
    protected override bool Metered => true;
}

/// <summary>The kernels on Plumb's interpreter with fuel metered.</summary>
public class InterpreterFuelKernelBenchmarks : InterpreterKernelBenchmarks
{
    /// <inheritdoc />
    protected override string EngineName => "interpreter-fuel";

    /// <inheritdoc />
    protected override bool Metered => true;
}
