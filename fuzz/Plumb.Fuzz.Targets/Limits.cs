namespace Plumb.Fuzz.Targets;

/// <summary>
/// The budgets every target runs under. They keep one execution small and short (AFL counts an input
/// that takes seconds as a hang), so that a refused module is a <see cref="WasmResourceLimitException"/>,
/// which the properties allow, rather than a slow run.
/// </summary>
internal static class Limits
{
    /// <summary>The memory that decoding, validating and compiling one module may take.</summary>
    public const long CompileMemory = 64L << 20;

    /// <summary>The largest code section decoded.</summary>
    public const long CodeSize = 1L << 20;

    /// <summary>The instructions one call (or start function) may run before it traps.</summary>
    public const long Fuel = 200_000;

    /// <summary>Pages one memory may have (2 MiB).</summary>
    public const int MemoryPages = 32;

    /// <summary>Pages all the memories of the runtime may have together (4 MiB).</summary>
    public const int TotalMemoryPages = 64;

    /// <summary>Elements all the tables of the runtime may have together.</summary>
    public const int TotalTableElements = 100_000;

    /// <summary>Nested calls before call stack exhaustion.</summary>
    public const int CallDepth = 1_000;

    /// <summary>A fresh budget for decoding and validating one input.</summary>
    public static CompileBudget NewBudget() => new(CompileMemory, CodeSize);
}
