using Plumb.Binary;
using Plumb.Validation;

namespace Plumb.Fuzz.Tests.Generation;

/// <summary>Validation of generated modules on Plumb and on Wasmtime, shared by the generator's properties.</summary>
internal static class Validity
{
    /// <summary>Plumb's verdict: null when valid, else the error.</summary>
    public static string? OnPlumb(byte[] wasm, WasmFeatures features)
    {
        try
        {
            Validator.Validate(ModuleReader.Read(wasm, features), features);
            return null;
        }
        catch (WasmException e)
        {
            return e.Message;
        }
    }

    /// <summary>A Wasmtime engine limited to <paramref name="features"/> (Core 2.0 at most).</summary>
    public static Wasmtime.Engine WasmtimeEngine(WasmFeatures features)
    {
        using var config = new Wasmtime.Config()
            .WithMultiValue(features.HasFlag(WasmFeatures.MultiValue))
            .WithReferenceTypes(features.HasFlag(WasmFeatures.ReferenceTypes))
            .WithBulkMemory(features.HasFlag(WasmFeatures.BulkMemory))
            .WithRelaxedSIMD(false, false)
            .WithSIMD(features.HasFlag(WasmFeatures.Simd))
            .WithTailCalls(false).WithFunctionReferences(false).WithGc(false).WithExceptions(false)
            .WithMultiMemory(false).WithMemory64(false).WithWasmThreads(false).WithWideArithmetic(false);
        return new Wasmtime.Engine(config);
    }

    /// <summary>Wasmtime's verdict: null when valid, else the error.</summary>
    public static string? OnWasmtime(Wasmtime.Engine engine, byte[] wasm)
    {
        try
        {
            using var module = Wasmtime.Module.FromBytes(engine, "generated", wasm);
            return null;
        }
        catch (Wasmtime.WasmtimeException e)
        {
            return e.Message;
        }
    }
}
