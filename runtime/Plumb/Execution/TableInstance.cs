using Plumb.Structure;

namespace Plumb.Execution;

/// <summary>
/// A table instance (https://webassembly.github.io/spec/core/exec/runtime.html#table-instances):
/// reference handles (see <see cref="Store"/>), 0 for null.
/// </summary>
internal sealed class TableInstance
{
    public TableInstance(ValType elementType, uint min, ulong? max, int cap)
    {
        ElementType = elementType;
        Max = max;
        Cap = cap;
        Elements = new ulong[min];
    }

    public ValType ElementType { get; }

    public ulong? Max { get; }

    /// <summary>The runtime's limit on elements, below the type's maximum.</summary>
    public int Cap { get; }

    public ulong[] Elements { get; private set; }

    public uint Size => (uint)Elements.Length;

    public TableType Type => new(ElementType, new Structure.Limits(Size, Max));

    /// <summary>table.grow (https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-table-mathsf-table-grow-x): old size, or -1.</summary>
    public int Grow(uint delta, ulong init)
    {
        uint old = Size;
        ulong size = (ulong)old + delta;
        if (size > (Max ?? uint.MaxValue) || size > (ulong)Cap)
        {
            return -1;
        }
        if (delta > 0)
        {
            var grown = new ulong[size];
            Elements.CopyTo(grown, 0);
            grown.AsSpan((int)old).Fill(init);
            Elements = grown;
        }
        return (int)old;
    }
}
