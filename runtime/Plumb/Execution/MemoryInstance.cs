using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Plumb.Execution;

/// <summary>
/// A memory instance (https://webassembly.github.io/spec/core/exec/runtime.html#memory-instances).
/// The bytes live in one managed array that is replaced on growth; only the runtime touches it
/// (embedders read and write through <see cref="WasmMemory"/>'s bounds-checked methods). See
/// runtime/RATIONALE.md, "How is linear memory represented?".
/// </summary>
internal sealed class MemoryInstance
{
    public const int PageSize = 65536;

    public MemoryInstance(uint minPages, ulong? maxPages, int capPages)
    {
        Max = maxPages;
        Cap = capPages;
        Bytes = new byte[(long)minPages * PageSize];
    }

    public ulong? Max { get; }

    /// <summary>The runtime's page limit, at most what a managed array holds.</summary>
    public int Cap { get; }

    /// <summary>The backing bytes; internal, replaced by <see cref="Grow"/>, emptied by dispose.</summary>
    public byte[] Bytes;

    public uint Pages => (uint)(Bytes.Length / PageSize);

    public Structure.MemoryType Type => new(new Structure.Limits(Pages, Max));

    /// <summary>memory.grow (https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-grow): old size in pages, or -1 when the type's maximum or the runtime's cap forbids it.</summary>
    public int Grow(uint delta)
    {
        uint old = Pages;
        ulong pages = (ulong)old + delta;
        if (pages > (Max ?? 65536) || pages > (ulong)Cap)
        {
            return -1;
        }
        if (delta > 0)
        {
            byte[] grown;
            try
            {
                grown = new byte[(long)pages * PageSize];
            }
            catch (OutOfMemoryException)
            {
                // The host cannot provide the memory: the spec lets grow fail.
                return -1;
            }
            Bytes.CopyTo(grown, 0);
            Bytes = grown;
        }
        return (int)old;
    }

    /// <summary>Drops the bytes (instance disposed); later accesses trap as out of bounds.</summary>
    public void Free() => Bytes = [];

    /// <summary>A bounds-checked span, or a trap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<byte> Slice(ulong address, ulong length)
    {
        byte[] bytes = Bytes;
        if (address + length > (ulong)bytes.Length || address + length < address)
        {
            throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);
        }
        return MemoryMarshal.CreateSpan(ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(bytes), (nint)address), (int)length);
    }
}
