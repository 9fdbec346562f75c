using System.Reflection;
using System.Reflection.Emit;
using Plumb.Execution;
using Plumb.Structure;

namespace Plumb.Engines.Compiler;

/// <summary>
/// The entry point of a compiled function: reads its arguments from <paramref name="values"/>, runs it,
/// and writes its results over them (the buffer holds as many values as the larger of the two counts).
/// </summary>
internal unsafe delegate void CompiledEntry(CallContext context, Instance instance, WasmValue* values);

/// <summary>
/// A defined function compiled to CIL: a <see cref="DynamicMethod"/> with typed parameters and result
/// (<see cref="Method"/>), which compiled callers in the same module call directly, and an
/// <see cref="Entry"/> that takes and returns <see cref="WasmValue"/>s, for everyone else (the engine's
/// <see cref="Engine.Invoke"/>, imports, <c>call_indirect</c>). Shared by every instance of the module.
/// </summary>
internal sealed class CompiledFunction : FunctionCode
{
    private readonly LazyModule? _lazy;
    private readonly int _index;
    private MethodInfo? _method;
    private MethodInfo? _entryMethod;
    private CompiledEntry? _entry;

    /// <summary>A function whose methods exist already (emitted with the whole module).</summary>
    public CompiledFunction(FuncType type, MethodInfo method, MethodInfo entry)
        : base(type)
    {
        _method = method;
        _entryMethod = entry;
    }

    /// <summary>Defined function <paramref name="index"/> of <paramref name="lazy"/>, emitted on its first call.</summary>
    public CompiledFunction(FuncType type, LazyModule lazy, int index, string name)
        : base(type)
    {
        _lazy = lazy;
        _index = index;
        Name = name;
    }

    private string? Name { get; }

    /// <summary>Its position among the module's functions of its type in that type's call_indirect dispatcher, or -1 when it has none.</summary>
    public int DispatchIndex { get; init; } = -1;

    /// <summary>
    /// The code pointer of <see cref="Method"/>, for the <c>calli</c> of callers emitted before it (a lazy module's);
    /// 0 until <see cref="Resolve"/> has emitted it.
    /// </summary>
    public nint Pointer;

    /// <summary>Whether the function's IL exists (always, unless its module is lazy and nothing has called it yet).</summary>
    public bool IsEmitted => Volatile.Read(ref _method) is not null || _lazy!.IsEmitted(_index);

    /// <summary>The typed method: (context, instance, caller's depth, params...) → the first result, or void; emitted now if it is not yet.</summary>
    /// <exception cref="WasmResourceLimitException">Emitting it takes more than the compile memory limit.</exception>
    public MethodInfo Method => Volatile.Read(ref _method) ?? EmitMethod();

    private MethodInfo EmitMethod()
    {
        var method = _lazy!.Method(_index);
        Volatile.Write(ref _method, method);
        return method;
    }

    /// <summary>Emits the function if needed and publishes its <see cref="Pointer"/>: the slow path of a lazy call.</summary>
    /// <exception cref="WasmResourceLimitException">Emitting it takes more than the compile memory limit.</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    public nint Resolve()
    {
        nint pointer = _lazy!.Pointer(_index);
        _method ??= _lazy.Method(_index);
        Volatile.Write(ref Pointer, pointer);
        return pointer;
    }

    /// <summary>The untyped entry point (created on first use; the JIT compiles it and the method on their first call).</summary>
    public CompiledEntry Entry => _entry ?? CreateEntry();

    private CompiledEntry CreateEntry()
    {
        var method = _entryMethod ?? _lazy!.Entry(_index, Name + " entry");
        var entry = (CompiledEntry)method.CreateDelegate(typeof(CompiledEntry));
        Interlocked.CompareExchange(ref _entry, entry, null);
        return _entry!;
    }

    /// <inheritdoc/>
    public override Engine Engine => CompilerEngine.Instance;
}
