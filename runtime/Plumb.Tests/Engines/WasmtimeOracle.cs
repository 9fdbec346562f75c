using System.Collections.Concurrent;
using System.Runtime.Intrinsics;
using Wasmtime;

namespace Plumb.Tests.Engines;

/// <summary>
/// Wasmtime (the NuGet package) as the oracle of <see cref="InstructionRowTests"/>: one engine for the
/// whole class, each row's module compiled and run once, whichever Plumb engines it is compared with.
/// It also decides each case's calls (exports in order, argument tuples by their parameter types).
/// </summary>
public sealed class WasmtimeOracle : IDisposable
{
    private readonly Engine _engine;
    private readonly ConcurrentDictionary<string, Lazy<OracleRun>> _runs = new(StringComparer.Ordinal);

    public WasmtimeOracle()
    {
        // Core 2.0 exactly, as the harness's Wasmtime engine configures it: relaxed SIMD is switched off
        // explicitly (it depends on SIMD and is on by default).
        using var config = new Config()
            .WithMultiValue(true).WithReferenceTypes(true).WithBulkMemory(true)
            .WithRelaxedSIMD(false, false).WithSIMD(true)
            .WithTailCalls(false).WithFunctionReferences(false).WithGc(false).WithExceptions(false)
            .WithMultiMemory(false).WithMemory64(false).WithWasmThreads(false).WithWideArithmetic(false);
        _engine = new Engine(config);
    }

    /// <summary>The calls of <paramref name="rowCase"/> and what Wasmtime did on each.</summary>
    internal OracleRun Run(RowCase rowCase) =>
        _runs.GetOrAdd(rowCase.Key, _ => new Lazy<OracleRun>(() => Execute(rowCase))).Value;

    /// <summary>The bytes of memory "mem" after the first <paramref name="count"/> calls (to locate a memory difference).</summary>
    internal byte[] MemoryAfter(RowCase rowCase, IReadOnlyList<RowCall> calls, int count)
    {
        using var module = Module.FromBytes(_engine, rowCase.Key, rowCase.Binary);
        using var store = new Store(_engine);
        var instance = new Instance(store, module);
        foreach (var call in calls.Take(count))
        {
            try
            {
                Invoke(instance, call);
            }
            catch (TrapException)
            {
                // The run recorded this trap; the replay needs only the memory the calls leave.
            }
        }
        var memory = instance.GetMemory("mem")!;
        return memory.GetSpan(0, checked((int)memory.GetLength())).ToArray();
    }

    /// <summary>
    /// The Plumb trap kinds a Wasmtime trap code stands for. Wasmtime reports call_indirect past the
    /// end of a table and table accesses out of bounds with one code, where the spec has two messages
    /// ("undefined element", "out of bounds table access").
    /// </summary>
    internal static TrapKind[] KindsOf(TrapCode code) => code switch
    {
        TrapCode.MemoryOutOfBounds or TrapCode.HeapMisaligned => [TrapKind.OutOfBoundsMemoryAccess],
        TrapCode.TableOutOfBounds => [TrapKind.OutOfBoundsTableAccess, TrapKind.UndefinedElement],
        TrapCode.IndirectCallToNull => [TrapKind.UninitializedElement],
        TrapCode.BadSignature => [TrapKind.IndirectCallTypeMismatch],
        TrapCode.IntegerOverflow => [TrapKind.IntegerOverflow],
        TrapCode.IntegerDivisionByZero => [TrapKind.IntegerDivideByZero],
        TrapCode.BadConversionToInteger => [TrapKind.InvalidConversionToInteger],
        TrapCode.Unreachable => [TrapKind.Unreachable],
        TrapCode.StackOverflow => [TrapKind.CallStackExhausted],
        _ => [],
    };

    public void Dispose() => _engine.Dispose();

    private OracleRun Execute(RowCase rowCase)
    {
        using var module = Module.FromBytes(_engine, rowCase.Key, rowCase.Binary);
        bool hasMemory = module.Exports.Any(e => e is MemoryExport && e.Name == "mem");
        var calls = new List<RowCall>();
        foreach (var export in module.Exports.OfType<FunctionExport>())
        {
            ValType[] parameters = [.. export.Parameters.Select(TypeOf)];
            ValType[] results = [.. export.Results.Select(TypeOf)];
            // Functions on a memory compare it after every call: fewer calls keep that cheap.
            var tuples = RowInputs.Tuples(parameters, RowInputs.Seed(rowCase.Key + "/" + export.Name),
                sample: hasMemory ? RowInputs.StatefulSampleSize : RowInputs.SampleSize,
                limit: hasMemory ? RowInputs.StatefulSampleSize : RowInputs.CrossProductLimit);
            calls.AddRange(tuples.Select(args => new RowCall(export.Name, parameters, results, args)));
        }

        using var store = new Store(_engine);
        var instance = new Instance(store, module);
        var memory = instance.GetMemory("mem");
        var outcomes = new List<RowOutcome>(calls.Count);
        MemoryState? State() => memory is null ? null : MemoryState.Of(memory.GetSize(), memory.GetSpan(0, checked((int)memory.GetLength())));
        foreach (var call in calls)
        {
            try
            {
                var results = Invoke(instance, call);
                outcomes.Add(RowOutcome.Returned(results, State()));
            }
            catch (TrapException trap)
            {
                outcomes.Add(RowOutcome.Trapped(trap.Type.ToString(), KindsOf(trap.Type), State()));
            }
        }
        return new OracleRun(calls, outcomes);
    }

    private static WasmValue[] Invoke(Instance instance, RowCall call)
    {
        var function = instance.GetFunction(call.Export)!;
        var args = new ValueBox[call.Args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            var value = call.Args[i];
            args[i] = call.Params[i] switch
            {
                ValType.I32 => value.I32,
                ValType.I64 => value.I64,
                ValType.F32 => value.F32,
                ValType.F64 => value.F64,
                _ => new V128(RowOutcome.Bytes(value)),
            };
        }
        object? returned = function.Invoke(args);
        object?[] values = call.Results.Length switch
        {
            0 => [],
            1 => [returned],
            _ => (object?[])returned!,
        };
        return [.. values.Select((v, i) => FromObject(call.Results[i], v))];
    }

    private static WasmValue FromObject(ValType type, object? value) => type switch
    {
        ValType.I32 => WasmValue.FromI32((int)value!),
        ValType.I64 => WasmValue.FromI64((long)value!),
        ValType.F32 => WasmValue.FromF32Bits(BitConverter.SingleToUInt32Bits((float)value!)),
        ValType.F64 => WasmValue.FromF64Bits(BitConverter.DoubleToUInt64Bits((double)value!)),
        _ => WasmValue.FromV128(Vector128.Create(((V128)value!).AsSpan())),
    };

    private static ValType TypeOf(ValueKind kind) => kind switch
    {
        ValueKind.Int32 => ValType.I32,
        ValueKind.Int64 => ValType.I64,
        ValueKind.Float32 => ValType.F32,
        ValueKind.Float64 => ValType.F64,
        ValueKind.V128 => ValType.V128,
        _ => throw new NotSupportedException($"exported functions of row cases take and return numbers and vectors, not {kind}"),
    };
}

/// <summary>A case's calls and Wasmtime's outcome of each.</summary>
internal sealed record OracleRun(IReadOnlyList<RowCall> Calls, IReadOnlyList<RowOutcome> Outcomes);
