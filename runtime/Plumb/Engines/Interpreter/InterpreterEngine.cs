using Plumb.Execution;
using Plumb.Validation;

namespace Plumb.Engines.Interpreter;

/// <summary>
/// The interpreter behind the engine contract: <see cref="Translator"/> compiles each body into
/// <see cref="InterpretedFunction"/>s, and the calling thread's <see cref="Machine"/> runs them.
/// Stateless: the per-thread state lives in the machine.
/// </summary>
internal sealed class InterpreterEngine : Engine
{
    public static readonly InterpreterEngine Instance = new();

    private InterpreterEngine()
    {
    }

    public override EngineKind Kind => EngineKind.Interpreter;

    public override FunctionCode[] Compile(ValidatedModule module, CompileBudget budget) => Translator.TranslateAll(module, budget);

    public override long FuelLeft
    {
        get => Machine.Current.FuelLeft;
        set => Machine.Current.FuelLeft = value;
    }

    public override void Invoke(FunctionInstance function, ReadOnlySpan<WasmValue> args, Span<WasmValue> results,
        CancellationToken cancellation, long? fuel) =>
        Machine.Current.Invoke(function, args, results, cancellation, fuel);
}
