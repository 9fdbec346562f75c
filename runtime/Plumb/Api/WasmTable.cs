using Plumb.Execution;

namespace Plumb;

/// <summary>A table of references, readable by index.</summary>
public sealed class WasmTable
{
    private readonly Store _store;
    private readonly TableInstance _table;

    internal WasmTable(Store store, TableInstance table)
    {
        _store = store;
        _table = table;
    }

    /// <summary>funcref or externref.</summary>
    public ValType ElementType => _table.ElementType;

    /// <summary>The number of elements.</summary>
    public uint Size => _table.Size;

    /// <summary>The element at <paramref name="index"/>: a <see cref="WasmFunction"/>, a host object, or null.</summary>
    /// <exception cref="WasmTrapException">The index is outside the table (<see cref="TrapKind.OutOfBoundsTableAccess"/>).</exception>
    public object? Get(uint index)
    {
        var entries = _table.Entries;
        if (index >= (uint)entries.Length)
        {
            throw new WasmTrapException(TrapKind.OutOfBoundsTableAccess);
        }
        return ValueMarshal.ToObject(_store, ElementType, new WasmValue(entries[(int)index]));
    }
}
