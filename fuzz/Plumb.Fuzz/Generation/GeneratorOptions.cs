namespace Plumb.Fuzz.Generation;

/// <summary>
/// What <see cref="ModuleGenerator"/> may use and how large it may make a module. Immutable; change
/// one setting with a <c>with</c> expression on <see cref="Default"/>.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Core 2.0 features and the default sizes.</summary>
    public static GeneratorOptions Default { get; } = new();

    /// <summary>
    /// The features the module may use: <see cref="WasmFeatures.Core1"/>, <see cref="WasmFeatures.Core2"/> or a subset
    /// (reference types only together with bulk memory, which it builds on; nothing beyond Core 2.0).
    /// </summary>
    public WasmFeatures Features { get; init; } = WasmFeatures.Core2;

    /// <summary>Most functions defined by the module (at least one is always defined).</summary>
    public int MaxFunctions { get; init; } = 6;

    /// <summary>Most instructions a function body's generator starts (operands it adds may exceed it slightly).</summary>
    public int MaxBodyInstructions { get; init; } = 60;

    /// <summary>Deepest nesting of <c>block</c>, <c>loop</c> and <c>if</c>.</summary>
    public int MaxNesting { get; init; } = 4;

    /// <summary>Most parameters, results and block parameters in a function type.</summary>
    public int MaxTypeArity { get; init; } = 4;

    /// <summary>Most locals declared by a function, besides its parameters.</summary>
    public int MaxLocals { get; init; } = 6;

    /// <summary>Most globals defined by the module, besides the fuel counter.</summary>
    public int MaxGlobals { get; init; } = 5;

    /// <summary>Most tables defined by the module (one when reference types are off).</summary>
    public int MaxTables { get; init; } = 3;

    /// <summary>Most element and most data segments.</summary>
    public int MaxSegments { get; init; } = 4;

    /// <summary>Most calls of each exported function in <see cref="FuzzCase.Calls"/>.</summary>
    public int MaxCallsPerExport { get; init; } = 3;

    /// <summary>
    /// The fuel counter's start value: every function entry and loop iteration costs one unit and
    /// running out traps with <c>unreachable</c>, so every call terminates (for the whole instance, not per call).
    /// </summary>
    public int Fuel { get; init; } = 1000;
}
