using System.Reflection;
using System.Reflection.Emit;
using Plumb.Instructions;
using Plumb.Structure;
using Plumb.Validation;

namespace Plumb.Engines.Compiler;

/// <summary>
/// A module whose functions' IL is emitted on their first call, not at <c>Compile</c> (see runtime/RATIONALE.md,
/// "How does the compiler compile a large module lazily?"). A call to a function whose method did not exist when the
/// caller was emitted goes through the callee's <see cref="CompiledFunction.Pointer"/> (<c>calli</c>), which is 0 until
/// the first call emits the callee (<see cref="CompiledFunction.Resolve"/>); a call to a function already emitted (or to
/// itself) is a direct <c>call</c>. Emission is serialised by a lock on this object, so two threads calling the same
/// function emit it once; a pointer is published only after its method's IL is complete. Each emission is charged to a
/// budget of its own, of the module's <see cref="RuntimeConfig.CompileMemoryLimit"/>: a function beyond it fails its
/// first call with <see cref="WasmResourceLimitException"/>, and every call after that, since nothing was published.
/// </summary>
internal sealed class LazyModule
{
    // What emitting one instruction is charged, in bytes, as in CompilerEngine.
    private const int BytesPerInstruction = 64;

    private readonly ValidatedModule _module;
    private readonly long _memoryLimit;
    // Under the lock: the methods declared so far (the one being emitted included), which calls refer to directly.
    private readonly MethodInfo?[] _methods;
    // The methods whose IL is complete, read without the lock.
    private readonly MethodInfo?[] _complete;
    private readonly long[] _frames;
    private readonly List<(FuncType Type, List<int> Members)> _dispatchTypes;
    private readonly Dictionary<FuncType, MethodInfo> _dispatchers = [];
    private readonly Dictionary<FuncType, int> _dispatchOf = [];
    private int _emitted;

    public LazyModule(ValidatedModule module, long memoryLimit, long[] frames, List<(FuncType Type, List<int> Members)> dispatchTypes)
    {
        _module = module;
        _memoryLimit = memoryLimit;
        _methods = new MethodInfo?[module.Functions.Length];
        _complete = new MethodInfo?[module.Functions.Length];
        _frames = frames;
        _dispatchTypes = dispatchTypes;
        for (int t = 0; t < dispatchTypes.Count; t++)
        {
            _dispatchOf[dispatchTypes[t].Type] = t;
        }
    }

    /// <summary>How many functions have been emitted so far.</summary>
    public int Emitted => Volatile.Read(ref _emitted);

    /// <summary>Whether defined function <paramref name="index"/> has been emitted.</summary>
    public bool IsEmitted(int index) => Volatile.Read(ref _complete[index]) is not null;

    /// <summary>The typed method of defined function <paramref name="index"/>, emitting it first if it is not yet.</summary>
    /// <exception cref="WasmResourceLimitException">Emitting it takes more than the compile memory limit.</exception>
    public MethodInfo Method(int index)
    {
        if (Volatile.Read(ref _complete[index]) is { } method)
        {
            return method;
        }
        lock (this)
        {
            return _complete[index] ?? EmitLocked(index);
        }
    }

    /// <summary>Emits the untyped entry of defined function <paramref name="index"/> (and its method, if needed).</summary>
    public MethodInfo Entry(int index, string name)
    {
        lock (this)
        {
            var method = _complete[index] ?? EmitLocked(index);
            return FunctionEmitter.EmitEntry(DynamicMethodSink.Instance, name, _module.Functions[index].Type, method, _frames[index]);
        }
    }

    private MethodInfo EmitLocked(int index)
    {
        var function = _module.Functions[index];
        new CompileBudget(_memoryLimit).Charge((long)function.Code.Length * BytesPerInstruction);
        var sink = DynamicMethodSink.Instance;
        var method = FunctionEmitter.Declare(sink, CompilerEngine.NameOf(function), function.Type);
        foreach (var instruction in function.Code)
        {
            if (instruction.Opcode == Opcode.CallIndirect
                && _dispatchOf.TryGetValue(_module.Module.Types[(int)instruction.A], out int t)
                && !_dispatchers.ContainsKey(_dispatchTypes[t].Type))
            {
                var (type, members) = _dispatchTypes[t];
                _dispatchers[type] = FunctionEmitter.EmitLazyDispatcher(sink, "call_indirect dispatch " + t, type,
                    [.. members.Select(m => _module.ImportedFunctionCount + m)], [.. members.Select(m => _frames[m])]);
            }
        }
        // The callees emitted before this function are called directly, the others through their pointers; a call to
        // itself is direct too (its IL is complete before the JIT compiles it).
        _methods[index] = method;
        try
        {
            FunctionEmitter.Emit(sink, _module, function, _methods, _frames, _dispatchers, method);
        }
        catch
        {
            _methods[index] = null;
            throw;
        }
        Volatile.Write(ref _complete[index], method);
        Interlocked.Increment(ref _emitted);
        return method;
    }

    /// <summary>The code pointer of defined function <paramref name="index"/>'s typed method, emitting it first when needed.</summary>
    public nint Pointer(int index) => Handle(Method(index)).GetFunctionPointer();

    // .NET has no public way to the code of a DynamicMethod (ldftn refuses one, DynamicMethod.MethodHandle throws), only
    // its internal GetMethodDescriptor, which completes the method and returns its runtime handle. When a runtime lacks it,
    // Supported is false and every module is emitted whole.
    private static readonly Func<DynamicMethod, RuntimeMethodHandle>? MethodDescriptor =
        typeof(DynamicMethod).GetMethod("GetMethodDescriptor", BindingFlags.NonPublic | BindingFlags.Instance, Type.EmptyTypes) is { ReturnType: var type } method
            && type == typeof(RuntimeMethodHandle)
            ? method.CreateDelegate<Func<DynamicMethod, RuntimeMethodHandle>>()
            : null;

    /// <summary>Whether this runtime can hand out a DynamicMethod's code pointer, which lazy emission needs.</summary>
    public static bool Supported => MethodDescriptor is not null;

    private static RuntimeMethodHandle Handle(MethodInfo method) => MethodDescriptor!((DynamicMethod)method);
}
