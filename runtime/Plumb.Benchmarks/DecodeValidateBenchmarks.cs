using BenchmarkDotNet.Attributes;
using Plumb.Binary;
using Plumb.Validation;

namespace Plumb.Benchmarks;

/// <summary>
/// Decode and decode+validate throughput on a large module (<c>corpora/bench/large/large.wasm</c>, about 1.5 MB),
/// with Wasmtime's validation of the same bytes as a reference. Throughput is the module's size over the median.
/// </summary>
public class DecodeValidateBenchmarks : IDisposable
{
    private byte[] bytes = [];
    private Wasmtime.Engine? engine;

    /// <summary>Reads the module once and checks that every measured path accepts it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        bytes = File.ReadAllBytes(BenchSettings.LargeModule);
        // Serial, like Plumb: Wasmtime otherwise validates functions on worker threads, whose time a
        // thread CPU clock would not see.
        using (var config = new Wasmtime.Config().WithParallelCompilation(false))
        {
            engine = new Wasmtime.Engine(config);
        }

        if (Wasmtime.Module.Validate(engine, bytes) is { } error)
        {
            throw KernelCheck.Fail($"wasmtime: {BenchSettings.LargeModule} is invalid: {error}");
        }

        Validator.Validate(ModuleReader.Read(bytes));
    }

    /// <summary>Plumb: bytes to the module model.</summary>
    [Benchmark]
    public object Decode() => ModuleReader.Read(bytes);

    /// <summary>Plumb: bytes to the module model, then the full Core 2.0 validation.</summary>
    [Benchmark]
    public object DecodeAndValidate() => Validator.Validate(ModuleReader.Read(bytes));

    /// <summary>Wasmtime (wasmparser): decode and validate on one thread, without compiling.</summary>
    [Benchmark]
    public object? WasmtimeValidate() => Wasmtime.Module.Validate(engine!, bytes);

    /// <summary>Frees the Wasmtime engine.</summary>
    [GlobalCleanup]
    public void Dispose()
    {
        engine?.Dispose();
        engine = null;
        GC.SuppressFinalize(this);
    }
}
