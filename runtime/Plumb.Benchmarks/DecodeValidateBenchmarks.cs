using BenchmarkDotNet.Attributes;
using Plumb.Binary;
using Plumb.Validation;

namespace Plumb.Benchmarks;

/// <summary>
/// Decode and decode+validate throughput on a large module (<c>corpora/bench/large/large.wasm</c>, about 1.5 MB),
/// then Plumb's whole compile (translation for the interpreter included), with Wasmtime's validation of the same
/// bytes as a reference. Throughput is the module's size over the median.
/// </summary>
public class DecodeValidateBenchmarks : IDisposable
{
    private byte[] _bytes = [];
    private Wasmtime.Engine? _engine;
    private WasmRuntime? _runtime;
    private WasmRuntime? _compiler;

    /// <summary>Reads the module once and checks that every measured path accepts it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _bytes = File.ReadAllBytes(BenchSettings.LargeModule);
        // Serial, like Plumb: Wasmtime otherwise validates functions on worker threads, whose time a
        // thread CPU clock would not see.
        using (var config = new Wasmtime.Config().WithParallelCompilation(false))
        {
            _engine = new Wasmtime.Engine(config);
        }

        if (Wasmtime.Module.Validate(_engine, _bytes) is { } error)
        {
            throw KernelCheck.Fail($"wasmtime: {BenchSettings.LargeModule} is invalid: {error}");
        }

        _runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Interpreter));
        _compiler = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(EngineKind.Compiler));

        // A path that fails is reported with its reason here; its benchmark then fails on its own, and the
        // other paths are still measured.
        Try("plumb: decode + validate", () => Validator.Validate(ModuleReader.Read(_bytes)));
        Try("plumb: compile", () => _runtime.Compile(_bytes));
        Try("plumb: compile (compiler)", () => _compiler.Compile(_bytes));
        Try("wasmtime: compile", () => Wasmtime.Module.FromBytes(_engine, "large", _bytes).Dispose());
    }

    private static void Try(string what, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e)
        {
            KernelCheck.Fail($"{what}: {BenchSettings.LargeModule}: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>Plumb: bytes to the module model.</summary>
    [Benchmark]
    public object Decode() => ModuleReader.Read(_bytes);

    /// <summary>Plumb: bytes to the module model, then the full Core 2.0 validation.</summary>
    [Benchmark]
    public object DecodeAndValidate() => Validator.Validate(ModuleReader.Read(_bytes));

    /// <summary>Plumb: what an embedder's <c>WasmRuntime.Compile</c> does: decode, validate, translate for the interpreter.</summary>
    [Benchmark]
    public object CompileModule() => _runtime!.Compile(_bytes);

    /// <summary>
    /// Plumb's IL compiler: decode, validate, and emit every function's IL (the JIT then compiles each function
    /// on its first call, which this does not include).
    /// </summary>
    [Benchmark]
    public object CompileModuleCompiler() => _compiler!.Compile(_bytes);

    /// <summary>Wasmtime: decode, validate and compile every function to machine code with Cranelift, on one thread.</summary>
    [Benchmark]
    public void WasmtimeCompile() => Wasmtime.Module.FromBytes(_engine!, "large", _bytes).Dispose();

    /// <summary>Wasmtime (wasmparser): decode and validate on one thread, without compiling.</summary>
    [Benchmark]
    public object? WasmtimeValidate() => Wasmtime.Module.Validate(_engine!, _bytes);

    /// <summary>Frees the Wasmtime engine and the Plumb runtime.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        _runtime?.Dispose();
        _runtime = null;
        _compiler?.Dispose();
        _compiler = null;
        _engine?.Dispose();
        _engine = null;
        GC.SuppressFinalize(this);
    }
}
