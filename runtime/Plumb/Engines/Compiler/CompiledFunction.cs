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
    private readonly MethodInfo _entryMethod;
    private CompiledEntry? _entry;

    public CompiledFunction(FuncType type, MethodInfo method, MethodInfo entry)
        : base(type)
    {
        Method = method;
        _entryMethod = entry;
    }

    /// <summary>Its position among the module's functions of its type in that type's call_indirect dispatcher, or -1 when it has none.</summary>
    public int DispatchIndex { get; init; } = -1;

    /// <summary>The typed method: (context, instance, params...) → the first result, or void.</summary>
    public MethodInfo Method { get; }

    /// <summary>The untyped entry point (created on first use; the JIT compiles it and the method on their first call).</summary>
    public CompiledEntry Entry => _entry ?? CreateEntry();

    private CompiledEntry CreateEntry()
    {
        var entry = (CompiledEntry)_entryMethod.CreateDelegate(typeof(CompiledEntry));
        Interlocked.CompareExchange(ref _entry, entry, null);
        return _entry!;
    }

    /// <inheritdoc/>
    public override Engine Engine => CompilerEngine.Instance;
}
