using System.Collections.Immutable;
using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// A module instance (https://webassembly.github.io/spec/core/exec/runtime.html#module-instances):
/// the addresses of its functions, tables, memories and globals (imports first), its segments and
/// its exports. Host modules are instances without a module. The embedding API exposes it as
/// <see cref="ModuleInstance"/>.
/// </summary>
internal sealed class Instance
{
    public Instance(Store store, string? name, Module? module)
    {
        Store = store;
        Name = name;
        Module = module;
        ImportedTables = module?.Imports.Count(i => i.Kind == ExternKind.Table) ?? 0;
        ImportedMemories = module?.Imports.Count(i => i.Kind == ExternKind.Memory) ?? 0;
    }

    public Store Store { get; }

    public string? Name { get; set; }

    public Module? Module { get; }

    /// <summary>The store's type id of each of the module's types (for call_indirect).</summary>
    public int[] TypeIds = [];

    public FunctionInstance[] Functions = [];

    public TableInstance[] Tables = [];

    public MemoryInstance[] Memories = [];

    /// <summary>Memory 0, cached for the interpreter's loads and stores.</summary>
    public MemoryInstance? Memory0;

    public GlobalInstance[] Globals = [];

    /// <summary>Element segments as reference handles; a dropped segment is empty.</summary>
    public ulong[][] Elements = [];

    /// <summary>Data segments; a dropped segment is empty.</summary>
    public ImmutableArray<byte>[] Data = [];

    public Dictionary<string, ExternValue> Exports { get; } = new(StringComparer.Ordinal);

    public ModuleInstance? Public { get; set; }

    public bool Disposed { get; private set; }

    /// <summary>How many of <see cref="Tables"/> are imported (the first); the others are the instance's own.</summary>
    public int ImportedTables { get; }

    /// <summary>How many of <see cref="Memories"/> are imported (the first); the others are the instance's own.</summary>
    public int ImportedMemories { get; }

    /// <summary>
    /// Disposes the instance: frees the tables and memories it defined (those it imported belong to another)
    /// and gives them and the instance back to the store's limits. An instance that exported them to another
    /// leaves that one trapping as out of bounds.
    /// </summary>
    public void Release()
    {
        if (Disposed)
        {
            return;
        }
        Disposed = true;
        for (int i = ImportedTables; i < Tables.Length; i++)
        {
            Tables[i].Free();
        }
        for (int i = ImportedMemories; i < Memories.Length; i++)
        {
            Memories[i].Free();
        }
        Store.RemoveInstance();
    }
}

/// <summary>An external value (https://webassembly.github.io/spec/core/exec/runtime.html#external-values).</summary>
internal readonly record struct ExternValue(ExternKind Kind, object Value)
{
    public FunctionInstance Function => (FunctionInstance)Value;
    public TableInstance Table => (TableInstance)Value;
    public MemoryInstance Memory => (MemoryInstance)Value;
    public GlobalInstance Global => (GlobalInstance)Value;
}
