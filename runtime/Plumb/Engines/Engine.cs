using Plumb.Engines.Interpreter;
using Plumb.Execution;
using Plumb.Validation;

namespace Plumb.Engines;

/// <summary>
/// The one contract every engine implements: it compiles a validated module into code per defined
/// function, once, and runs functions. The rest of the runtime (instantiation, the store, the
/// embedding API) sees engines only through this class and <see cref="FunctionCode"/>, so instances
/// made by different engines link and call each other: a call to a function whose code belongs to
/// another engine (or to the host) goes through <see cref="FunctionInstance.Invoke"/>, which hands it
/// to the engine that owns the code. See runtime/RATIONALE.md, "What is an engine?".
/// </summary>
internal abstract class Engine
{
    /// <summary>Which engine this is, as the embedding API names it.</summary>
    public abstract EngineKind Kind { get; }

    /// <summary>
    /// Compiles every function that <paramref name="module"/> defines (not its imports), in order:
    /// element <c>i</c> is the code of function index <c>ImportedFunctionCount + i</c>. The code refers
    /// to functions, globals, tables and memories by index, so that every instance of the module shares it.
    /// What the engine builds is charged to <paramref name="budget"/>, which throws when it is spent.
    /// </summary>
    public abstract FunctionCode[] Compile(ValidatedModule module, CompileBudget budget);

    /// <summary>
    /// As <see cref="Compile(ValidatedModule, CompileBudget)"/>, with a cache of generated code in
    /// <paramref name="cacheDirectory"/> whose entry is keyed by the module's <paramref name="bytes"/> and
    /// <paramref name="features"/> (<see cref="RuntimeConfig.CompilationCache"/>), its entries kept within
    /// <paramref name="cacheLimit"/> bytes. An engine that generates no code worth keeping compiles as usual.
    /// </summary>
    public virtual FunctionCode[] Compile(ValidatedModule module, CompileBudget budget, string cacheDirectory, long cacheLimit,
        ReadOnlySpan<byte> bytes, WasmFeatures features) => Compile(module, budget);

    /// <summary>
    /// Calls <paramref name="function"/> (its code this engine's, or a host function) with
    /// <paramref name="args"/> and writes its results; traps surface as <see cref="WasmTrapException"/>.
    /// <paramref name="fuel"/> and <paramref name="cancellation"/> bound the outermost call on this thread;
    /// a nested call (from a host function, or from another engine's code) runs under the outer budget.
    /// </summary>
    public abstract void Invoke(FunctionInstance function, ReadOnlySpan<WasmValue> args, Span<WasmValue> results,
        CancellationToken cancellation, long? fuel);

    /// <summary>
    /// The fuel the last outermost call on this thread that had a budget left (0 when it ran out): what
    /// <see cref="Execution.Metering"/> subtracts from the store's fuel. <see cref="Execution.Metering"/> sets it to
    /// the budget before a call, so that a call that never reaches the engine (an instantiation without a start
    /// function) reads as having consumed nothing; an outermost call sets it again on entry.
    /// </summary>
    public abstract long FuelLeft { get; set; }

    /// <summary>The engine that <paramref name="kind"/> names.</summary>
    /// <exception cref="NotSupportedException">That engine is not available yet.</exception>
    public static Engine For(EngineKind kind) => kind switch
    {
        EngineKind.Interpreter => InterpreterEngine.Instance,
        EngineKind.Compiler => Compiler.CompilerEngine.Instance,
        _ => throw new NotSupportedException($"the {kind} engine is not available yet; use EngineKind.Interpreter"),
    };
}
