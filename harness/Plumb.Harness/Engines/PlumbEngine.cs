using System.Runtime.Intrinsics;
using Plumb.Text.Wast;

namespace Plumb.Harness.Engines;

/// <summary>
/// Plumb's own engines behind <see cref="IEngine"/>, through the public embedding API only: raw
/// <see cref="WasmValue"/>s keep every bit (NaN payloads), and a function or global that carries an
/// externref goes through the boxed API, which keeps host objects' identity. Reports the spec's
/// categories and messages exactly, so the runner compares them strictly.
/// </summary>
internal sealed class PlumbEngine : IEngine
{
    private readonly WasmRuntime _runtime;
    private readonly List<CompiledModule> _modules = [];
    private readonly List<ModuleInstance> _instances = [];

    /// <summary>The host object behind <c>ref.extern N</c>: one per number for the whole script.</summary>
    private sealed record HostReference(ulong Number);

    private readonly Dictionary<ulong, HostReference> _hostReferences = [];

    /// <summary>Creates the engine for one script of a suite.</summary>
    public PlumbEngine(EngineKind kind, EngineOptions options)
    {
        // The spec's limits, not an embedder's: memories of up to 65,536 pages (4 GiB), and no store-wide limits
        // (each script runs in a worker process of its own).
        _runtime = WasmRuntime.Create(RuntimeConfig.Default.WithEngine(kind).WithFeatures(options.Features)
            .WithMemoryPageLimit(65536)
            .WithTotalMemoryPageLimit(int.MaxValue)
            .WithTotalTableElementLimit(int.MaxValue)
            .WithInstanceCountLimit(int.MaxValue)
            .WithTableCountLimit(int.MaxValue)
            .WithMemoryCountLimit(int.MaxValue));
        Name = kind == EngineKind.Interpreter ? "interpreter" : "compiler";
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <inheritdoc/>
    public bool ExactMessages => true;

    /// <inheritdoc/>
    public Outcome Load(byte[] bytes) => Guard(() =>
    {
        _modules.Add(_runtime.Compile(bytes));
        return Outcome.WithHandle(_modules.Count - 1);
    });

    /// <inheritdoc/>
    public Outcome Instantiate(int module) => Guard(() =>
    {
        if ((uint)module >= (uint)_modules.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no module {module}");
        _instances.Add(_runtime.Instantiate(_modules[module]));
        return Outcome.WithHandle(_instances.Count - 1);
    });

    /// <inheritdoc/>
    public Outcome Register(string name, int instance) => Guard(() =>
    {
        if ((uint)instance >= (uint)_instances.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no instance {instance}");
        _runtime.Register(name, _instances[instance]);
        return Outcome.WithHandle(instance);
    });

    /// <inheritdoc/>
    public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args) => Guard(() =>
    {
        if ((uint)instance >= (uint)_instances.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no instance {instance}");
        var function = _instances[instance].GetFunction(export);
        if (function is null)
            return Outcome.Failed(OutcomeKind.EngineError, $"unknown function export \"{export}\"");
        if (args.Count != function.ParamTypes.Length)
            return Outcome.Failed(OutcomeKind.EngineError, $"\"{export}\" takes {function.ParamTypes.Length} arguments, not {args.Count}");
        if (function.ParamTypes.Contains(ValType.ExternRef) || function.ResultTypes.Contains(ValType.ExternRef))
            return Outcome.Returned(InvokeBoxed(function, args));
        var values = new WasmValue[args.Count];
        for (int i = 0; i < args.Count; i++)
            values[i] = ToValue(args[i]);
        var results = new WasmValue[function.ResultTypes.Length];
        function.Invoke(values, results);
        var outcome = new WastValue[results.Length];
        for (int i = 0; i < results.Length; i++)
            outcome[i] = FromValue(function.ResultTypes[i], results[i]);
        return Outcome.Returned(outcome);
    });

    /// <inheritdoc/>
    public Outcome Get(int instance, string export) => Guard(() =>
    {
        if ((uint)instance >= (uint)_instances.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no instance {instance}");
        var global = _instances[instance].GetGlobal(export);
        if (global is null)
            return Outcome.Failed(OutcomeKind.EngineError, $"unknown global export \"{export}\"");
        return Outcome.Returned([global.Type == ValType.ExternRef ? FromObject(global.Type, global.Value) : FromValue(global.Type, global.RawValue)]);
    });

    /// <inheritdoc/>
    public void Dispose() => _runtime.Dispose();

    private static Outcome Guard(Func<Outcome> operation)
    {
        try
        {
            return operation();
        }
        catch (WasmMalformedException e)
        {
            return Outcome.Failed(OutcomeKind.Malformed, e.Message);
        }
        catch (WasmInvalidException e)
        {
            return Outcome.Failed(OutcomeKind.Invalid, e.Message);
        }
        catch (WasmUnlinkableException e)
        {
            return Outcome.Failed(OutcomeKind.Unlinkable, e.Message);
        }
        catch (WasmTrapException e)
        {
            return Outcome.Failed(e.Kind == TrapKind.CallStackExhausted ? OutcomeKind.Exhaustion : OutcomeKind.Trap, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Outcome.Failed(OutcomeKind.EngineError, $"{e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// A call through <see cref="WasmFunction.Call(object?[])"/>, the API that maps host objects to
    /// externref handles and back. Numbers pass as boxed <see cref="WasmValue"/>s, which it takes
    /// bit for bit.
    /// </summary>
    private WastValue[] InvokeBoxed(WasmFunction function, IReadOnlyList<WastValue> args)
    {
        var boxes = new object?[args.Count];
        for (int i = 0; i < args.Count; i++)
        {
            boxes[i] = args[i].Type switch
            {
                ValType.ExternRef => args[i].IsNull ? null : Host(args[i].Low),
                ValType.FuncRef => null, // a script can only name the null funcref
                _ => ToValue(args[i]),
            };
        }
        var results = function.Call(boxes);
        var outcome = new WastValue[results.Length];
        for (int i = 0; i < results.Length; i++)
            outcome[i] = FromObject(function.ResultTypes[i], results[i]);
        return outcome;
    }

    private static WasmValue ToValue(WastValue v) => v.Type switch
    {
        ValType.I32 => WasmValue.FromI32(unchecked((int)(uint)v.Low)),
        ValType.I64 => WasmValue.FromI64(unchecked((long)v.Low)),
        ValType.F32 => WasmValue.FromF32Bits((uint)v.Low),
        ValType.F64 => WasmValue.FromF64Bits(v.Low),
        ValType.V128 => WasmValue.FromV128(Vector128.Create(v.Low, v.High).AsByte()),
        _ => WasmValue.NullRef, // references reach here only as null (externrefs go through InvokeBoxed)
    };

    private HostReference Host(ulong number)
    {
        if (!_hostReferences.TryGetValue(number, out var host))
            _hostReferences[number] = host = new HostReference(number);
        return host;
    }

    private static WastValue FromValue(ValType type, WasmValue value) => type switch
    {
        ValType.I32 or ValType.F32 => new WastValue(type, value.Bits & 0xFFFF_FFFF),
        ValType.V128 => new WastValue(type, value.V128.AsUInt64()[0], value.V128.AsUInt64()[1]),
        ValType.FuncRef => new WastValue(type, value.Bits, IsNull: value.Bits == 0),
        _ => new WastValue(type, value.Bits),
    };

    /// <summary>A result of the boxed API (<see cref="WasmFunction.Call(object?[])"/>, <see cref="WasmGlobal.Value"/>).</summary>
    private static WastValue FromObject(ValType type, object? value) => value switch
    {
        WasmValue raw => FromValue(type, raw),
        _ => type switch
        {
            ValType.I32 => new WastValue(type, (uint)(int)value!),
            ValType.I64 => new WastValue(type, unchecked((ulong)(long)value!)),
            ValType.F32 => new WastValue(type, BitConverter.SingleToUInt32Bits((float)value!)),
            ValType.F64 => new WastValue(type, BitConverter.DoubleToUInt64Bits((double)value!)),
            ValType.V128 => new WastValue(type, ((Vector128<byte>)value!).AsUInt64()[0], ((Vector128<byte>)value!).AsUInt64()[1]),
            ValType.FuncRef => new WastValue(type, 0, IsNull: value is null),
            _ => value switch
            {
                null => new WastValue(type, 0, IsNull: true),
                HostReference h => new WastValue(type, h.Number),
                // A reference the script did not make; ulong.MaxValue never equals a script's number.
                _ => new WastValue(type, ulong.MaxValue),
            },
        },
    };
}
