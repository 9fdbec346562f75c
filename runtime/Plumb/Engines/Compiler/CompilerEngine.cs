using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Plumb.Execution;
using Plumb.Validation;

namespace Plumb.Engines.Compiler;

/// <summary>
/// The IL compiler behind the engine contract: each defined function becomes a CIL method
/// (<see cref="FunctionEmitter"/>) that the JIT compiles on its first call. Calls within a module's compiled
/// code are CIL calls; calls to imports and through tables go through <see cref="CompiledOps.CallFunction"/>,
/// which reaches host functions and other engines' code by the same contract. Stateless: the per-thread state
/// lives in <see cref="CallContext"/>. See runtime/RATIONALE.md, "Why DynamicMethod for the compiler?".
/// </summary>
internal sealed class CompilerEngine : Engine
{
    public static readonly CompilerEngine Instance = new();

    // What emitting one instruction is charged, in bytes: the IL and the emitter's tables it takes.
    private const int BytesPerInstruction = 64;

    private CompilerEngine()
    {
    }

    public override EngineKind Kind => EngineKind.Compiler;

    public override FunctionCode[] Compile(ValidatedModule module, CompileBudget budget)
    {
        var functions = module.Functions;
        var methods = new DynamicMethod[functions.Length];
        var frames = new long[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            budget.Charge((long)functions[i].Code.Length * BytesPerInstruction);
            methods[i] = FunctionEmitter.Declare(NameOf(functions[i]), functions[i].Type);
            frames[i] = FunctionEmitter.FrameEstimate(module, functions[i]);
        }
        // Every body is emitted before any method is turned into a delegate, so that a method's direct calls
        // refer to callees whose IL is complete when the JIT resolves them.
        var code = new FunctionCode[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            FunctionEmitter.Emit(module, functions[i], methods, frames, methods[i]);
        }
        for (int i = 0; i < functions.Length; i++)
        {
            var entry = FunctionEmitter.EmitEntry(NameOf(functions[i]), functions[i].Type, methods[i], frames[i]);
            code[i] = new CompiledFunction(functions[i].Type, methods[i], entry);
        }
        return code;
    }

    private static string NameOf(ValidatedFunction function) => "wasm function " + function.FunctionIndex;

    public override long FuelLeft
    {
        get => CallContext.Current.Fuel;
        set
        {
            // Between calls only: an outermost call resets it.
            if (CallContext.Current.Nesting == 0)
            {
                CallContext.Current.Fuel = value;
            }
        }
    }

    public override unsafe void Invoke(FunctionInstance function, ReadOnlySpan<WasmValue> args, Span<WasmValue> results,
        CancellationToken cancellation, long? fuel)
    {
        var context = CallContext.Current;
        bool outermost = context.Nesting == 0;
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack() || context.Nesting > 1000)
        {
            throw new WasmTrapException(TrapKind.CallStackExhausted);
        }
        if (outermost)
        {
            var limits = function.Instance?.Store.Limits ?? function.HostModule?.State.Store.Limits;
            context.DepthLimit = limits?.CallDepth ?? 10_000;
            context.Depth = 0;
            context.Interrupt = false;
            context.FuelEnabled = fuel is not null;
            context.Fuel = fuel ?? long.MaxValue;
            context.Attention = context.FuelEnabled;
            context.Instances.Clear();
        }
        int savedDepth = context.Depth;
        CancellationTokenRegistration registration = default;
        if (cancellation.CanBeCanceled)
        {
            if (cancellation.IsCancellationRequested)
            {
                throw new WasmTrapException(TrapKind.Cancelled);
            }
            registration = cancellation.UnsafeRegister(static state =>
            {
                var context = (CallContext)state!;
                context.Interrupt = true;
                context.Attention = true;
            }, context);
        }
        context.Nesting++;
        try
        {
            int width = Math.Max(args.Length, results.Length);
            var values = new WasmValue[Math.Max(width, 1)];
            args.CopyTo(values);
            if (function.Code is CompiledFunction code)
            {
                fixed (WasmValue* pointer = values)
                {
                    code.Entry(context, function.Instance!, pointer);
                }
            }
            else if (function.IsHost)
            {
                HostCall.Invoke(function, function.HostModule!, values.AsSpan(0, width));
            }
            else
            {
                throw new InvalidOperationException("the compiler runs only its own code and host functions");
            }
            values.AsSpan(0, results.Length).CopyTo(results);
        }
        catch (WasmTrapException trap) when (!trap.HasWasmStackTrace)
        {
            trap.SetWasmStackTrace(function.Instance is { } instance ? context.StackTrace(savedDepth, instance, trap) : []);
            throw;
        }
        finally
        {
            context.Nesting--;
            context.Depth = savedDepth;
            registration.Dispose();
            if (outermost)
            {
                context.Interrupt = false;
                context.Attention = false;
            }
        }
    }
}
