using System.Runtime.InteropServices;

namespace Plumb.Execution;

/// <summary>
/// A memory instance (https://webassembly.github.io/spec/core/exec/runtime.html#memory-instances).
/// The bytes are native memory: address space for the most pages the memory can ever have is reserved
/// once (<see cref="MemoryReservation"/>), and pages are committed as it grows, so a grow never moves or
/// copies the bytes and <see cref="Base"/> never changes. Every access checks that it ends within
/// <see cref="Length"/>, so the reserved tail beyond it is never touched. Only the runtime sees the
/// pointer (embedders read and write through <see cref="WasmMemory"/>'s bounds-checked methods). See
/// runtime/RATIONALE.md, "How is linear memory represented, now that it is native?".
/// </summary>
internal sealed unsafe class MemoryInstance
{
    public const int PageSize = 65536;

    /// <summary>The most pages of a memory with 32-bit addresses, 4 GiB (https://webassembly.github.io/spec/core/valid/types.html#memory-types).</summary>
    public const uint MaxPages = 65536;

    private readonly Store _store;
    private readonly MemoryReservation? _reservation;

    // The most pages this memory can reach: its type's maximum, the runtime's limits and what could be
    // reserved, whichever is lowest; 0 once freed.
    private uint _limitPages;
    private bool _freed;

    /// <summary>The first byte, or null when nothing is reserved (or the memory is freed). Read by the interpreter's loop.</summary>
    public byte* Base;

    /// <summary>The size in bytes (the pages committed). Read by the interpreter's loop for every access.</summary>
    public ulong Length;

    private MemoryInstance(Store store, ulong? maxPages, MemoryReservation? reservation, uint limitPages, uint minPages)
    {
        _store = store;
        Max = maxPages;
        _reservation = reservation;
        _limitPages = limitPages;
        Base = reservation is null ? null : reservation.Base;
        Length = (ulong)minPages * PageSize;
    }

    /// <summary>
    /// Reserves the address space for <c>min(</c><paramref name="maxPages"/><c>, </c><paramref name="capPages"/><c>)</c>
    /// pages (the runtime's caps; at most 4 GiB) and commits <paramref name="minPages"/> (no more than that), or
    /// throws <see cref="WasmUnlinkableException"/> if the system cannot provide them. When the whole reservation
    /// is refused, the minimum alone is reserved, and the memory cannot grow.
    /// </summary>
    public static MemoryInstance Allocate(Store store, uint minPages, ulong? maxPages, uint capPages)
    {
        uint limit = (uint)Math.Min(Math.Min(maxPages ?? MaxPages, capPages), MaxPages);
        var reservation = limit == 0 ? null : MemoryReservation.TryReserve((ulong)limit * PageSize);
        if (reservation is null && minPages > 0)
        {
            limit = minPages;
            reservation = MemoryReservation.TryReserve((ulong)minPages * PageSize);
        }
        if (reservation is null)
        {
            if (minPages > 0)
            {
                throw new WasmUnlinkableException($"cannot reserve {minPages} pages of memory");
            }
            limit = 0;
        }
        else if (!reservation.TryCommit(0, (ulong)minPages * PageSize))
        {
            reservation.Dispose();
            throw new WasmUnlinkableException($"cannot commit {minPages} pages of memory");
        }
        return new MemoryInstance(store, maxPages, reservation, limit, minPages);
    }

    public ulong? Max { get; }

    public uint Pages => (uint)(Length / PageSize);

    public Structure.MemoryType Type => new(new Structure.Limits(Pages, Max));

    /// <summary>Whether <see cref="Grow"/> of <paramref name="delta"/> pages is within this memory's own limits (the store's total aside).</summary>
    public bool CanGrow(uint delta) => (ulong)Pages + delta <= _limitPages;

    /// <summary>
    /// memory.grow (https://webassembly.github.io/spec/core/exec/instructions.html#xref-syntax-instructions-syntax-instr-memory-mathsf-memory-grow):
    /// the old size in pages, or -1 when the type's maximum, the runtime's limits (this memory's, or all memories'
    /// pages together) or the system refuse. Commits the new pages, which are zero; nothing moves.
    /// </summary>
    public int Grow(uint delta)
    {
        uint old = Pages;
        if (!CanGrow(delta))
        {
            return -1;
        }
        if (delta > 0)
        {
            if (!_store.TryTakeMemoryPages(delta))
            {
                return -1;
            }
            if (!_reservation!.TryCommit(Length, (ulong)delta * PageSize))
            {
                // The host cannot back the pages: the spec lets grow fail.
                _store.ReturnMemoryPages(delta);
                return -1;
            }
            Length += (ulong)delta * PageSize;
        }
        return (int)old;
    }

    /// <summary>
    /// Releases the bytes (its instance or runtime disposed) and gives its pages back to the store; later
    /// accesses trap as out of bounds, and grows fail. Not to race with a call that uses the memory.
    /// </summary>
    public void Free()
    {
        if (_freed)
        {
            return;
        }
        _freed = true;
        uint pages = Pages;
        Length = 0;
        _limitPages = 0;
        Base = null;
        _reservation?.Dispose();
        _store.Released(this, pages);
    }

    /// <summary>
    /// A bounds-checked span of <paramref name="length"/> bytes at <paramref name="address"/>, or a trap. It
    /// points into native memory: the caller keeps this instance alive while it uses the span, and frees nothing
    /// meanwhile.
    /// </summary>
    public Span<byte> Slice(ulong address, int length)
    {
        Check(address, (ulong)length);
        return new Span<byte>(Base + address, length);
    }

    /// <summary>Copies bytes at <paramref name="address"/> into <paramref name="destination"/>, or traps.</summary>
    public void Read(ulong address, Span<byte> destination)
    {
        Slice(address, destination.Length).CopyTo(destination);
        GC.KeepAlive(this);
    }

    /// <summary>Copies <paramref name="source"/> into the memory at <paramref name="address"/>, or traps.</summary>
    public void Write(ulong address, ReadOnlySpan<byte> source)
    {
        source.CopyTo(Slice(address, source.Length));
        GC.KeepAlive(this);
    }

    /// <summary>memory.fill: <paramref name="length"/> bytes (up to 4 GiB) at <paramref name="address"/> set to <paramref name="value"/>, or a trap.</summary>
    public void Fill(ulong address, ulong length, byte value)
    {
        Check(address, length);
        NativeMemory.Fill(Base + address, (nuint)length, value);
        GC.KeepAlive(this);
    }

    /// <summary>memory.copy within this memory: overlapping ranges copy as if through a temporary buffer; a trap if either range is out of bounds.</summary>
    public void Copy(ulong destination, ulong source, ulong length)
    {
        Check(source, length);
        Check(destination, length);
        Buffer.MemoryCopy(Base + source, Base + destination, (long)length, (long)length);
        GC.KeepAlive(this);
    }

    private void Check(ulong address, ulong length)
    {
        if (address + length > Length || address + length < address)
        {
            throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);
        }
    }
}
