namespace Plumb;

/// <summary>
/// How a <see cref="WasmRuntime"/> runs modules: engine, features and resource limits. Immutable;
/// each <c>With…</c> method returns a changed copy.
/// </summary>
public sealed class RuntimeConfig
{
    private RuntimeConfig()
    {
    }

    /// <summary>The defaults: interpreter, Core 2.0 features, 16384 memory pages (1 GiB), call depth 10000, no fuel budget.</summary>
    public static RuntimeConfig Default { get; } = new();

    /// <summary>The engine that runs functions.</summary>
    public EngineKind Engine { get; private init; } = EngineKind.Interpreter;

    /// <summary>The features modules may use.</summary>
    public WasmFeatures Features { get; private init; } = WasmFeatures.Core2;

    /// <summary>The most pages any memory may have; <c>memory.grow</c> beyond it returns -1.</summary>
    public int MemoryPageLimit { get; private init; } = 16384;

    /// <summary>The deepest call nesting before the "call stack exhausted" trap.</summary>
    public int CallDepthLimit { get; private init; } = 10_000;

    /// <summary>
    /// Fuel given to each outermost call (one unit per call and per loop iteration), or null for
    /// none. Running out ends the call with a <see cref="TrapKind.FuelExhausted"/> trap.
    /// </summary>
    public long? Fuel { get; private init; }

    /// <summary>Returns a copy that uses <paramref name="engine"/>.</summary>
    public RuntimeConfig WithEngine(EngineKind engine) => new(this) { Engine = engine };

    /// <summary>Returns a copy that accepts modules using <paramref name="features"/>.</summary>
    public RuntimeConfig WithFeatures(WasmFeatures features) => new(this) { Features = features };

    /// <summary>Returns a copy whose memories hold at most <paramref name="pages"/> 64 KiB pages (0 to 65536, the spec's 4 GiB).</summary>
    public RuntimeConfig WithMemoryPageLimit(int pages)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(pages, 65536);
        return new(this) { MemoryPageLimit = pages };
    }

    /// <summary>Returns a copy that traps with "call stack exhausted" beyond <paramref name="depth"/> nested calls.</summary>
    public RuntimeConfig WithCallDepthLimit(int depth)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(depth, 1_000_000);
        return new(this) { CallDepthLimit = depth };
    }

    /// <summary>Returns a copy that gives each outermost call <paramref name="fuel"/> units (null: unlimited).</summary>
    public RuntimeConfig WithFuel(long? fuel)
    {
        if (fuel is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fuel));
        }
        return new(this) { Fuel = fuel };
    }

    private RuntimeConfig(RuntimeConfig other)
    {
        Engine = other.Engine;
        Features = other.Features;
        MemoryPageLimit = other.MemoryPageLimit;
        CallDepthLimit = other.CallDepthLimit;
        Fuel = other.Fuel;
    }
}
