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

    /// <summary>
    /// Whether every instruction that may produce an arithmetic NaN (float arithmetic, min/max, sqrt,
    /// rounding, conversions, and their f32x4/f64x2 forms) is followed by code that replaces a NaN by
    /// the canonical NaN of its type, as wasm-smith's <c>canonicalize_nans</c> does. On by default: the
    /// spec lets each engine choose an arithmetic NaN's payload
    /// (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation), and once those bits
    /// reach integer code (a reinterpretation, an integer SIMD operation, a store and integer load) two
    /// correct engines disagree, which the differential fuzzer would report as a divergence. When on,
    /// every function also declares scratch locals (f32, f64 and, with SIMD, v128) beyond <see cref="MaxLocals"/>.
    /// </summary>
    public bool CanonicalizeNans { get; init; } = true;
}
