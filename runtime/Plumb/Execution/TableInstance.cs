using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// A table instance (https://webassembly.github.io/spec/core/exec/runtime.html#table-instances):
/// reference handles (see <see cref="Store"/>), 0 for null. The backing array has room for more than
/// <see cref="Size"/> entries and doubles when a grow needs more (up to the table's limit), so that growing
/// one entry at a time costs amortized O(1) per entry; every access checks its index against
/// <see cref="Size"/>, never the array's length (runtime/RATIONALE.md, "How do tables grow?").
/// </summary>
internal sealed class TableInstance
{
    private readonly Store _store;

    // The most entries the table can reach (its type's maximum and the runtime's limit); 0 once freed.
    private uint _limit;
    private bool _freed;

    private TableInstance(Store store, ValType elementType, uint min, ulong? max, uint limit)
    {
        _store = store;
        ElementType = elementType;
        Max = max;
        _limit = limit;
        Elements = min == 0 ? [] : new ulong[min];
        Size = min;
    }

    /// <summary>A table of <paramref name="min"/> null entries that can grow to its maximum or <paramref name="cap"/>, whichever is lower; the store has counted it.</summary>
    public static TableInstance Allocate(Store store, ValType elementType, uint min, ulong? max, uint cap) =>
        new(store, elementType, min, max, (uint)Math.Min(max ?? uint.MaxValue, cap));

    public ValType ElementType { get; }

    public ulong? Max { get; }

    /// <summary>
    /// The entries, then unused room (null entries): index them only below <see cref="Size"/>. Replaced by a
    /// grow that needs more room; the first <see cref="Size"/> entries are always those of the table.
    /// </summary>
    public ulong[] Elements { get; private set; }

    /// <summary>The table's size: its entries are the first <see cref="Size"/> of <see cref="Elements"/>.</summary>
    public uint Size { get; private set; }

    /// <summary>The table's entries, as a span of <see cref="Elements"/>.</summary>
    public Span<ulong> Entries => Elements.AsSpan(0, (int)Size);

    public TableType Type => new(ElementType, new Structure.Limits(Size, Max));

    /// <summary>
    /// table.grow (https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-table-mathsf-table-grow-x):
    /// the old size, or -1 when the type's maximum or the runtime's limits (this table's, or all tables' entries
    /// together) forbid it, or the process cannot allocate the room.
    /// </summary>
    public int Grow(uint delta, ulong init)
    {
        uint old = Size;
        ulong size = (ulong)old + delta;
        if (size > _limit)
        {
            return -1;
        }
        if (delta == 0)
        {
            return (int)old;
        }
        if (!_store.TryTakeTableElements(delta))
        {
            return -1;
        }
        if (size > (ulong)Elements.Length)
        {
            // Double the room (at least what is asked, at most the limit): n grows of one entry copy O(n) entries in all.
            ulong room = Math.Max(size, Math.Min(Math.Min(Math.Max((ulong)Elements.Length * 2, 4), _limit), (ulong)Array.MaxLength));
            ulong[] grown;
            try
            {
                grown = new ulong[room];
            }
            catch (OutOfMemoryException)
            {
                _store.ReturnTableElements(delta);
                return -1;
            }
            Entries.CopyTo(grown);
            Elements = grown;
        }
        // Entries past the size are null until now, but a fill costs no more than checking.
        Elements.AsSpan((int)old, (int)delta).Fill(init);
        Size = (uint)size;
        return (int)old;
    }

    /// <summary>Drops the entries (its instance or runtime disposed) and gives them back to the store; later accesses trap as out of bounds.</summary>
    public void Free()
    {
        if (_freed)
        {
            return;
        }
        _freed = true;
        uint size = Size;
        Size = 0;
        _limit = 0;
        Elements = [];
        _store.Released(this, size);
    }
}
