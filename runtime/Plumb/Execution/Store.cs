using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// The store (https://webassembly.github.io/spec/core/exec/runtime.html#store): everything the
/// instances of one runtime share. References are handles into it: a funcref is a function's
/// <see cref="FunctionInstance.Handle"/>, an externref an index into the host objects seen so far
/// (0 is null for both), so that values stay plain bits on the interpreter's stack.
/// Not thread-safe, like the runtime that owns it.
/// </summary>
internal sealed class Store
{
    private readonly List<FunctionInstance> _functions = [];
    private readonly List<object> _externs = [];
    private readonly Dictionary<object, ulong> _externHandles = [];
    private readonly Dictionary<FuncType, int> _typeIds = [];
    private readonly List<FuncType> _types = [];

    public Store(ResourceLimits limits, Engines.Engine engine)
    {
        Limits = limits;
        Engine = engine;
    }

    public ResourceLimits Limits { get; }

    /// <summary>The engine of the runtime that owns the store: it compiles the runtime's modules and runs host functions called from the embedder.</summary>
    public Engines.Engine Engine { get; }

    /// <summary>Canonical id of a function type: equal types have equal ids, so call_indirect compares ints.</summary>
    public int TypeId(FuncType type)
    {
        if (!_typeIds.TryGetValue(type, out int id))
        {
            id = _types.Count;
            _types.Add(type);
            _typeIds.Add(type, id);
        }
        return id;
    }

    public FuncType TypeOf(int id) => _types[id];

    /// <summary>Adds a function and gives it its handle.</summary>
    public void Add(FunctionInstance function)
    {
        _functions.Add(function);
        function.Handle = (ulong)_functions.Count;
    }

    public FunctionInstance? Function(ulong handle) => handle == 0 ? null : _functions[(int)(handle - 1)];

    /// <summary>The handle of a host object as externref; equal objects share a handle.</summary>
    public ulong ExternHandle(object? value)
    {
        if (value is null)
        {
            return 0;
        }
        if (!_externHandles.TryGetValue(value, out ulong handle))
        {
            _externs.Add(value);
            handle = (ulong)_externs.Count;
            _externHandles.Add(value, handle);
        }
        return handle;
    }

    public object? Extern(ulong handle) => handle == 0 ? null : _externs[(int)(handle - 1)];
}

/// <summary>Resource limits every instance of a runtime obeys.</summary>
/// <param name="MemoryPages">Largest size of any memory, in 64 KiB pages.</param>
/// <param name="TableElements">Largest size of any table.</param>
/// <param name="CallDepth">Deepest nesting of calls before "call stack exhausted".</param>
/// <param name="ValueStackSlots">Largest value stack (locals and operands of all frames).</param>
internal readonly record struct ResourceLimits(int MemoryPages, int TableElements, int CallDepth, int ValueStackSlots);
