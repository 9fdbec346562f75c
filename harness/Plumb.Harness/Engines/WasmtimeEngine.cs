using Plumb.Text.Wast;
using Wasmtime;

namespace Plumb.Harness.Engines;

/// <summary>
/// Wasmtime (NuGet package Wasmtime) behind <see cref="IEngine"/>: the known-good engine that
/// proves the harness and the text parser before Plumb's engines are measured. Configured for
/// exactly the suite's feature set; Wasmtime cannot switch off sign-extension and saturating
/// float-to-int conversions, so those two stay on in wg-1.0 (harness/RATIONALE.md, "Why does Wasmtime keep sign-extension and non-trapping conversions on in wg-1.0?").
/// </summary>
internal sealed partial class WasmtimeEngine : IEngine
{
    private readonly Engine _engine;
    private readonly Store _store;
    private readonly Linker _linker;
    private readonly List<Wasmtime.Module> _modules = [];
    private readonly List<Instance> _instances = [];

    /// <summary>Creates a Wasmtime engine, store and linker for one script.</summary>
    public WasmtimeEngine(EngineOptions options)
    {
        using var config = Configure(options);
        _engine = new Engine(config);
        _store = new Store(_engine);
        // Scripts register several instances under one name in turn (e.g. "M" in linking.wast).
        _linker = new Linker(_engine) { AllowShadowing = true };
    }

    /// <inheritdoc/>
    public string Name => "wasmtime";

    /// <summary>The version of the Wasmtime package the harness runs (e.g. <c>50.0.1</c>).</summary>
    public static string Version => Versions.Of(typeof(Engine).Assembly);

    /// <inheritdoc/>
    public bool ExactMessages => false;

    /// <summary>The Wasmtime configuration for a suite: its features on, everything later off.</summary>
    internal static Config Configure(EngineOptions options)
    {
        var config = new Config();
        if (options.BeyondCore2)
        {
            return config.WithMultiValue(true).WithReferenceTypes(true).WithBulkMemory(true)
                .WithSIMD(true).WithRelaxedSIMD(true, true)
                .WithTailCalls(true).WithFunctionReferences(true).WithGc(true).WithExceptions(true)
                .WithMultiMemory(true).WithMemory64(true)
                .WithWasmThreads(false).WithWideArithmetic(false);
        }
        var f = options.Features;
        bool simd = f.HasFlag(WasmFeatures.Simd);
        // WithSIMD(false) alone aborts the process with a native panic (relaxed SIMD depends on
        // SIMD and is on by default), so relaxed SIMD is switched off explicitly every time.
        return config
            .WithMultiValue(f.HasFlag(WasmFeatures.MultiValue))
            .WithReferenceTypes(f.HasFlag(WasmFeatures.ReferenceTypes))
            .WithBulkMemory(f.HasFlag(WasmFeatures.BulkMemory))
            .WithRelaxedSIMD(false, false)
            .WithSIMD(simd)
            .WithTailCalls(false).WithFunctionReferences(false).WithGc(false).WithExceptions(false)
            .WithMultiMemory(false).WithMemory64(false).WithWasmThreads(false)
            .WithWideArithmetic(false);
    }

    /// <inheritdoc/>
    public Outcome Load(byte[] bytes)
    {
        try
        {
            _modules.Add(Wasmtime.Module.FromBytes(_engine, "m" + _modules.Count, bytes));
            return Outcome.WithHandle(_modules.Count - 1);
        }
        catch (WasmtimeException e)
        {
            // wasmparser decodes and validates in one pass and its errors carry no category.
            return Outcome.Failed(OutcomeKind.Rejected, Cause(e.Message));
        }
    }

    /// <inheritdoc/>
    public Outcome Instantiate(int module)
    {
        if ((uint)module >= (uint)_modules.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no module {module}");
        try
        {
            _instances.Add(_linker.Instantiate(_store, _modules[module]));
            return Outcome.WithHandle(_instances.Count - 1);
        }
        catch (TrapException e)
        {
            return Trap(e);
        }
        catch (WasmtimeException e)
        {
            return Outcome.Failed(OutcomeKind.Unlinkable, Cause(e.Message));
        }
    }

    /// <inheritdoc/>
    public Outcome Register(string name, int instance)
    {
        if ((uint)instance >= (uint)_instances.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no instance {instance}");
        try
        {
            _linker.DefineInstance(_store, name, _instances[instance]);
            return Outcome.WithHandle(instance);
        }
        catch (WasmtimeException e)
        {
            return Outcome.Failed(OutcomeKind.EngineError, Cause(e.Message));
        }
    }

    /// <inheritdoc/>
    public Outcome Invoke(int instance, string export, IReadOnlyList<WastValue> args)
    {
        if ((uint)instance >= (uint)_instances.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no instance {instance}");
        var function = _instances[instance].GetFunction(export);
        if (function is null)
            return Outcome.Failed(OutcomeKind.EngineError, $"unknown function export \"{export}\"");
        try
        {
            var boxes = new ValueBox[args.Count];
            for (int i = 0; i < args.Count; i++)
                boxes[i] = ToBox(args[i]);
            object? result = function.Invoke(boxes);
            var kinds = function.Results;
            var values = new WastValue[kinds.Count];
            if (kinds.Count == 1)
            {
                values[0] = FromObject(kinds[0], result);
            }
            else if (kinds.Count > 1)
            {
                var items = (object?[])result!;
                for (int i = 0; i < kinds.Count; i++)
                    values[i] = FromObject(kinds[i], items[i]);
            }
            return Outcome.Returned(values);
        }
        catch (TrapException e)
        {
            return Trap(e);
        }
        catch (WasmtimeException e)
        {
            return Outcome.Failed(OutcomeKind.EngineError, Cause(e.Message));
        }
    }

    /// <inheritdoc/>
    public Outcome Get(int instance, string export)
    {
        if ((uint)instance >= (uint)_instances.Count)
            return Outcome.Failed(OutcomeKind.EngineError, $"no instance {instance}");
        var global = _instances[instance].GetGlobal(export);
        if (global is null)
            return Outcome.Failed(OutcomeKind.EngineError, $"unknown global export \"{export}\"");
        return Outcome.Returned([FromObject(global.Kind, global.GetValue())]);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var m in _modules)
            m.Dispose();
        _linker.Dispose();
        _store.Dispose();
        _engine.Dispose();
    }

    /// <summary>
    /// A trap in the spec's wording. Wasmtime reports one code for two spec messages in places:
    /// TableOutOfBounds is both "undefined element" (call_indirect) and "out of bounds table access".
    /// </summary>
    private static Outcome Trap(TrapException e) => e.Type switch
    {
        TrapCode.StackOverflow => Outcome.Failed(OutcomeKind.Exhaustion, "call stack exhausted"),
        TrapCode.MemoryOutOfBounds or TrapCode.HeapMisaligned => Outcome.Failed(OutcomeKind.Trap, "out of bounds memory access"),
        TrapCode.TableOutOfBounds => Outcome.Failed(OutcomeKind.Trap, "out of bounds table access"),
        TrapCode.IndirectCallToNull => Outcome.Failed(OutcomeKind.Trap, "uninitialized element"),
        TrapCode.BadSignature => Outcome.Failed(OutcomeKind.Trap, "indirect call type mismatch"),
        TrapCode.IntegerOverflow => Outcome.Failed(OutcomeKind.Trap, "integer overflow"),
        TrapCode.IntegerDivisionByZero => Outcome.Failed(OutcomeKind.Trap, "integer divide by zero"),
        TrapCode.BadConversionToInteger => Outcome.Failed(OutcomeKind.Trap, "invalid conversion to integer"),
        TrapCode.Unreachable => Outcome.Failed(OutcomeKind.Trap, "unreachable"),
        TrapCode.NullReference => Outcome.Failed(OutcomeKind.Trap, "null reference"),
        _ => Outcome.Failed(OutcomeKind.Trap, $"{e.Type}: {Cause(e.Message)}"),
    };

    /// <summary>The root cause of a Wasmtime error: the last "Caused by" line, without its offset.</summary>
    internal static string Cause(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string last = lines.Length == 0 ? message : lines[^1];
        int at = last.LastIndexOf(" (at offset ", StringComparison.Ordinal);
        return at > 0 ? last[..at] : last;
    }
}
