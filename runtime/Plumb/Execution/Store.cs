using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// The store (https://webassembly.github.io/spec/core/exec/runtime.html#store): everything the
/// instances of one runtime share. References are handles into it: a funcref is a function's
/// <see cref="FunctionInstance.Handle"/>, an externref an index into the host objects seen so far
/// (0 is null for both), so that values stay plain bits on the interpreter's stack.
/// It also counts what its instances hold (instances, tables and their entries, memories and their pages)
/// against the runtime's store-wide limits (runtime/RATIONALE.md, "What bounds a store?"). Adding and
/// looking up references is not thread-safe, like the runtime that owns it; the counts are, because
/// calls on different instances may grow their tables and memories at the same time.
/// </summary>
internal sealed class Store
{
    private readonly List<FunctionInstance> _functions = [];
    private readonly List<object> _externs = [];
    private readonly Dictionary<object, ulong> _externHandles = [];
    private readonly Dictionary<FuncType, int> _typeIds = [];
    private readonly List<FuncType> _types = [];

    // Every memory not yet freed, so that disposing the runtime frees those that no disposed instance
    // owned (those of an instantiation that failed after its segments escaped, say).
    private readonly HashSet<MemoryInstance> _memories = [];
    private int _instanceCount;
    private int _tableCount;
    private int _memoryCount;
    private long _tableElements;
    private long _memoryPages;

    public Store(ResourceLimits limits, Engines.Engine engine)
    {
        Limits = limits;
        Engine = engine;
    }

    public ResourceLimits Limits { get; }

    /// <summary>
    /// The store's fuel: what its outermost calls draw from and leave for the next, or null when it is not
    /// metered (<see cref="WasmRuntime.Fuel"/>; see <see cref="Metering"/>).
    /// </summary>
    public long? Fuel { get; set; }

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

    /// <summary>The pages of all memories not freed.</summary>
    public long MemoryPages => Interlocked.Read(ref _memoryPages);

    /// <summary>The entries of all tables not freed.</summary>
    public long TableElements => Interlocked.Read(ref _tableElements);

    /// <summary>Counts a new instance (a module's or a host module's), or throws <see cref="WasmUnlinkableException"/> beyond the limit.</summary>
    public void AddInstance()
    {
        if (!TryTake(ref _instanceCount, 1, Limits.Instances))
        {
            throw new WasmUnlinkableException($"the runtime would hold more than {Limits.Instances} instances, its limit (RuntimeConfig.InstanceCountLimit)");
        }
    }

    /// <summary>Gives back an instance's count (disposed, or its instantiation failed).</summary>
    public void RemoveInstance() => Interlocked.Decrement(ref _instanceCount);

    /// <summary>
    /// Throws <see cref="WasmUnlinkableException"/> if <paramref name="tables"/> and <paramref name="memories"/>
    /// do not fit the runtime's limits now: a module is refused before any of it is allocated.
    /// </summary>
    public void CheckFits(IReadOnlyCollection<TableType> tables, IReadOnlyCollection<MemoryType> memories)
    {
        ulong entries = 0, pages = 0;
        foreach (var table in tables)
        {
            CheckTableSize(table);
            entries += table.Limits.Min;
        }
        foreach (var memory in memories)
        {
            CheckMemorySize(memory);
            pages += memory.Limits.Min;
        }
        if (Volatile.Read(ref _tableCount) + (long)tables.Count > Limits.Tables)
        {
            throw TablesExceeded();
        }
        if (Volatile.Read(ref _memoryCount) + (long)memories.Count > Limits.Memories)
        {
            throw MemoriesExceeded();
        }
        if ((ulong)TableElements + entries > (ulong)Limits.TotalTableElements)
        {
            throw TotalTableElementsExceeded(entries);
        }
        if ((ulong)MemoryPages + pages > (ulong)Limits.TotalMemoryPages)
        {
            throw TotalMemoryPagesExceeded(pages);
        }
    }

    /// <summary>A table of <paramref name="type"/>, counted, or <see cref="WasmUnlinkableException"/> beyond a limit.</summary>
    public TableInstance NewTable(TableType type)
    {
        CheckTableSize(type);
        uint min = (uint)type.Limits.Min;
        if (!TryTake(ref _tableCount, 1, Limits.Tables))
        {
            throw TablesExceeded();
        }
        if (!TryTakeTableElements(min))
        {
            Interlocked.Decrement(ref _tableCount);
            throw TotalTableElementsExceeded(min);
        }
        try
        {
            return TableInstance.Allocate(this, type.ElementType, min, type.Limits.Max, (uint)Limits.TableElements);
        }
        catch (OutOfMemoryException)
        {
            Interlocked.Decrement(ref _tableCount);
            ReturnTableElements(min);
            throw new WasmUnlinkableException($"cannot allocate a table of {min} entries");
        }
    }

    /// <summary>A memory of <paramref name="type"/>, counted, or <see cref="WasmUnlinkableException"/> beyond a limit or when the system cannot provide its minimum.</summary>
    public MemoryInstance NewMemory(MemoryType type)
    {
        CheckMemorySize(type);
        uint min = (uint)type.Limits.Min;
        if (!TryTake(ref _memoryCount, 1, Limits.Memories))
        {
            throw MemoriesExceeded();
        }
        if (!TryTakeMemoryPages(min))
        {
            Interlocked.Decrement(ref _memoryCount);
            throw TotalMemoryPagesExceeded(min);
        }
        MemoryInstance memory;
        try
        {
            // A memory never grows past the pages the store allows in all, so it reserves no more.
            memory = MemoryInstance.Allocate(this, min, type.Limits.Max, (uint)Math.Min(Limits.MemoryPages, Limits.TotalMemoryPages));
        }
        catch
        {
            Interlocked.Decrement(ref _memoryCount);
            ReturnMemoryPages(min);
            throw;
        }
        lock (_memories)
        {
            _memories.Add(memory);
        }
        return memory;
    }

    /// <summary>Takes <paramref name="pages"/> more pages for a grow; false beyond <see cref="ResourceLimits.TotalMemoryPages"/>.</summary>
    public bool TryTakeMemoryPages(ulong pages) => TryTake(ref _memoryPages, pages, Limits.TotalMemoryPages);

    /// <summary>Gives back pages taken by <see cref="TryTakeMemoryPages"/>.</summary>
    public void ReturnMemoryPages(ulong pages) => Interlocked.Add(ref _memoryPages, -(long)pages);

    /// <summary>Takes <paramref name="entries"/> more table entries for a grow; false beyond <see cref="ResourceLimits.TotalTableElements"/>.</summary>
    public bool TryTakeTableElements(ulong entries) => TryTake(ref _tableElements, entries, Limits.TotalTableElements);

    /// <summary>Gives back entries taken by <see cref="TryTakeTableElements"/>.</summary>
    public void ReturnTableElements(ulong entries) => Interlocked.Add(ref _tableElements, -(long)entries);

    /// <summary>A memory was freed with <paramref name="pages"/> pages.</summary>
    public void Released(MemoryInstance memory, uint pages)
    {
        lock (_memories)
        {
            _memories.Remove(memory);
        }
        ReturnMemoryPages(pages);
        Interlocked.Decrement(ref _memoryCount);
    }

    /// <summary>A table was freed with <paramref name="entries"/> entries.</summary>
    public void Released(TableInstance table, uint entries)
    {
        ReturnTableElements(entries);
        Interlocked.Decrement(ref _tableCount);
    }

    /// <summary>Frees every memory still held (the runtime is disposed), so that no native memory waits for a finalizer.</summary>
    public void FreeMemories()
    {
        MemoryInstance[] memories;
        lock (_memories)
        {
            memories = [.. _memories];
        }
        foreach (var memory in memories)
        {
            memory.Free();
        }
    }

    private void CheckTableSize(TableType type)
    {
        if (type.Limits.Min > (ulong)Limits.TableElements)
        {
            throw new WasmUnlinkableException("table size exceeds the runtime's limit");
        }
    }

    private void CheckMemorySize(MemoryType type)
    {
        if (type.Limits.Min > (ulong)Limits.MemoryPages)
        {
            throw new WasmUnlinkableException("memory size exceeds the runtime's limit");
        }
    }

    private WasmUnlinkableException TablesExceeded() =>
        new($"the runtime would hold more than {Limits.Tables} tables, its limit (RuntimeConfig.TableCountLimit)");

    private WasmUnlinkableException MemoriesExceeded() =>
        new($"the runtime would hold more than {Limits.Memories} memories, its limit (RuntimeConfig.MemoryCountLimit)");

    private WasmUnlinkableException TotalTableElementsExceeded(ulong entries) => new(
        $"tables of {entries} more entries would exceed the runtime's limit of {Limits.TotalTableElements} entries in all (RuntimeConfig.TotalTableElementLimit)");

    private WasmUnlinkableException TotalMemoryPagesExceeded(ulong pages) => new(
        $"memories of {pages} more pages would exceed the runtime's limit of {Limits.TotalMemoryPages} pages in all (RuntimeConfig.TotalMemoryPageLimit)");

    // Adds amount to counter unless the sum would pass limit; safe against concurrent grows.
    private static bool TryTake(ref long counter, ulong amount, long limit)
    {
        while (true)
        {
            long current = Interlocked.Read(ref counter);
            if ((ulong)current + amount > (ulong)limit)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref counter, current + (long)amount, current) == current)
            {
                return true;
            }
        }
    }

    private static bool TryTake(ref int counter, int amount, int limit)
    {
        while (true)
        {
            int current = Volatile.Read(ref counter);
            if ((long)current + amount > limit)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref counter, current + amount, current) == current)
            {
                return true;
            }
        }
    }
}

/// <summary>Resource limits every instance of a runtime obeys.</summary>
/// <param name="MemoryPages">Largest size of any memory, in 64 KiB pages.</param>
/// <param name="TableElements">Largest size of any table.</param>
/// <param name="CallDepth">Deepest nesting of calls before "call stack exhausted".</param>
/// <param name="ValueStackSlots">Largest value stack (locals and operands of all frames).</param>
/// <param name="TotalMemoryPages">Most pages of all the store's memories together.</param>
/// <param name="TotalTableElements">Most entries of all the store's tables together.</param>
/// <param name="Instances">Most instances (host modules included) at once.</param>
/// <param name="Tables">Most tables at once.</param>
/// <param name="Memories">Most memories at once.</param>
internal readonly record struct ResourceLimits(int MemoryPages, int TableElements, int CallDepth, int ValueStackSlots,
    long TotalMemoryPages, long TotalTableElements, int Instances, int Tables, int Memories);
