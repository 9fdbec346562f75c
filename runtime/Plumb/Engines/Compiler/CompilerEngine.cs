using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;
using Plumb.Execution;
using Plumb.Structure;
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

    public override FunctionCode[] Compile(ValidatedModule module, CompileBudget budget) =>
        Compile(module, budget, cache: null);

    public override FunctionCode[] Compile(ValidatedModule module, CompileBudget budget, string cacheDirectory, long cacheLimit,
        ReadOnlySpan<byte> bytes, WasmFeatures features) =>
        Compile(module, budget, new CodeCacheEntry(cacheDirectory, bytes, features, cacheLimit));

    /// <summary>
    /// Compiles <paramref name="module"/>; with a <paramref name="cache"/>, loads its code from there when the cache
    /// holds a sound entry for it, and else emits it into a persisted assembly that it saves there.
    /// </summary>
    public FunctionCode[] Compile(ValidatedModule module, CompileBudget budget, CodeCacheEntry? cache)
    {
        var functions = module.Functions;
        var dispatch = PlanDispatch(module);
        if (cache is null && functions.Length >= LazyFunctions && LazyModule.Supported)
        {
            return CompileLazily(module, budget, dispatch);
        }
        for (int i = 0; i < functions.Length; i++)
        {
            budget.Charge((long)functions[i].Code.Length * BytesPerInstruction);
        }
        if (cache is null)
        {
            var (methods, entries) = Emit(DynamicMethodSink.Instance, module, dispatch);
            return Functions(module, methods, entries, dispatch);
        }
        if (cache.TryLoad() is { } loaded)
        {
            if (Find(loaded, functions) is { } found)
            {
                return Functions(module, found.Methods, found.Entries, dispatch);
            }
            // A sound file whose assembly lacks a function's methods cannot come from this key: rebuilt.
            cache.Discard();
        }
        var sink = new PersistedMethodSink(cache.AssemblyName);
        Emit(sink, module, dispatch);
        var stored = Find(cache.Store(sink.Save()), functions)
            ?? throw new InvalidOperationException("the emitted assembly lacks a function's methods");
        return Functions(module, stored.Methods, stored.Entries, dispatch);
    }

    /// <summary>
    /// Modules with at least this many defined functions (and no compilation cache) are emitted lazily: each function's
    /// IL on its first call (<see cref="LazyModule"/>); smaller ones whole at Compile, where every call between them is
    /// a direct <c>call</c>. See runtime/RATIONALE.md, "How does the compiler compile a large module lazily?".
    /// </summary>
    /// <remarks>
    /// The environment variable <c>PLUMB_LAZY_FUNCTIONS</c> overrides it for a process (0: every module lazy, as the
    /// spec suites and the fuzzer run to check the lazy path; a huge number: every module whole), for tests and measurements.
    /// </remarks>
    internal static readonly int LazyFunctions =
        int.TryParse(Environment.GetEnvironmentVariable("PLUMB_LAZY_FUNCTIONS"), out int n) && n >= 0 ? n : 1024;

    // What a lazy module's bookkeeping is charged per function at Compile, in bytes (its CompiledFunction and frame estimate).
    private const int BytesPerLazyFunction = 96;

    /// <summary>A module whose functions are emitted on their first call, each charged to a budget of its own.</summary>
    private static FunctionCode[] CompileLazily(ValidatedModule module, CompileBudget budget, DispatchPlan dispatch)
    {
        var functions = module.Functions;
        budget.Charge((long)functions.Length * BytesPerLazyFunction);
        var frames = new long[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            frames[i] = FunctionEmitter.FrameEstimate(module, functions[i]);
        }
        var lazy = new LazyModule(module, budget.Limit, frames, dispatch.Types);
        var code = new FunctionCode[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            code[i] = new CompiledFunction(functions[i].Type, lazy, i, NameOf(functions[i])) { DispatchIndex = dispatch.Indices[i] };
        }
        return code;
    }

    /// <summary>Every function's typed method and entry in a cached assembly, or null when one is missing.</summary>
    private static (MethodInfo[] Methods, MethodInfo[] Entries)? Find(Assembly assembly, System.Collections.Immutable.ImmutableArray<ValidatedFunction> functions)
    {
        // One pass over the type's methods: a lookup by name per function would scan them all each time.
        var byName = assembly.GetType(PersistedMethodSink.TypeName)?
            .GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
            .ToDictionary(m => m.Name, StringComparer.Ordinal);
        if (byName is null)
        {
            return null;
        }
        var methods = new MethodInfo[functions.Length];
        var entries = new MethodInfo[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            if (byName.GetValueOrDefault(NameOf(functions[i])) is not { } method
                || byName.GetValueOrDefault(NameOf(functions[i]) + " entry") is not { } entry)
            {
                return null;
            }
            methods[i] = method;
            entries[i] = entry;
        }
        return (methods, entries);
    }

    private static FunctionCode[] Functions(ValidatedModule module, MethodInfo[] methods, MethodInfo[] entries, DispatchPlan dispatch)
    {
        var functions = module.Functions;
        var code = new FunctionCode[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            code[i] = new CompiledFunction(functions[i].Type, methods[i], entries[i]) { DispatchIndex = dispatch.Indices[i] };
        }
        return code;
    }

    /// <summary>Emits every function's typed method and entry, and the call_indirect dispatchers, into <paramref name="sink"/>.</summary>
    private static (MethodInfo[] Methods, MethodInfo[] Entries) Emit(MethodSink sink, ValidatedModule module, DispatchPlan dispatch)
    {
        var functions = module.Functions;
        var methods = new MethodInfo[functions.Length];
        var frames = new long[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            methods[i] = FunctionEmitter.Declare(sink, NameOf(functions[i]), functions[i].Type);
            frames[i] = FunctionEmitter.FrameEstimate(module, functions[i]);
        }
        var dispatchers = new Dictionary<FuncType, MethodInfo>();
        for (int t = 0; t < dispatch.Types.Count; t++)
        {
            var (type, members) = dispatch.Types[t];
            dispatchers[type] = FunctionEmitter.EmitDispatcher(sink, "call_indirect dispatch " + t, type, [.. members.Select(i => methods[i])], [.. members.Select(i => frames[i])]);
        }
        // Every body is emitted before any method is turned into a delegate, so that a method's direct calls
        // refer to callees whose IL is complete when the JIT resolves them.
        for (int i = 0; i < functions.Length; i++)
        {
            FunctionEmitter.Emit(sink, module, functions[i], methods, frames, dispatchers, methods[i]);
        }
        var entries = new MethodInfo[functions.Length];
        for (int i = 0; i < functions.Length; i++)
        {
            entries[i] = FunctionEmitter.EmitEntry(sink, NameOf(functions[i]) + " entry", functions[i].Type, methods[i], frames[i]);
        }
        return (methods, entries);
    }

    // A type with more functions than this has no dispatcher: its switch would be large IL for the JIT, and
    // its call_indirect takes the untyped path.
    private const int MaxDispatchCandidates = 4096;

    /// <summary>The call_indirect dispatchers a module gets: per type, its defined functions; per function, its dispatch index (-1 without).</summary>
    private sealed record DispatchPlan(List<(FuncType Type, List<int> Members)> Types, int[] Indices);

    /// <summary>
    /// Plans the dispatchers of the types the module's code calls indirectly: per type, a method that switches on a
    /// dispatch index to a direct call of each defined function of that type.
    /// </summary>
    private static DispatchPlan PlanDispatch(ValidatedModule module)
    {
        var functions = module.Functions;
        var indices = new int[functions.Length];
        Array.Fill(indices, -1);
        var called = new List<FuncType>();
        foreach (var function in functions)
        {
            foreach (var instruction in function.Code)
            {
                if (instruction.Opcode == Instructions.Opcode.CallIndirect && !called.Contains(module.Module.Types[(int)instruction.A]))
                {
                    called.Add(module.Module.Types[(int)instruction.A]);
                }
            }
        }
        var types = new List<(FuncType, List<int>)>();
        foreach (var type in called)
        {
            var members = new List<int>();
            for (int i = 0; i < functions.Length; i++)
            {
                if (functions[i].Type.Equals(type))
                {
                    members.Add(i);
                }
            }
            if (members.Count == 0 || members.Count > MaxDispatchCandidates)
            {
                continue;
            }
            types.Add((type, members));
            for (int c = 0; c < members.Count; c++)
            {
                indices[members[c]] = c;
            }
        }
        return new DispatchPlan(types, indices);
    }

    internal static string NameOf(ValidatedFunction function) => "wasm function " + function.FunctionIndex;

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
            context.SetAttention(context.FuelEnabled);
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
                context.SetAttention(true);
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
                context.SetAttention(false);
            }
        }
    }
}
