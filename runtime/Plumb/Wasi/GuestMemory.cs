using System.Buffers.Binary;
using System.Text;
using Plumb.Execution;

namespace Plumb.Wasi;

/// <summary>
/// The caller's linear memory as WASI functions see it: every access is bounds-checked, and a pointer or
/// length that leaves the memory traps (out of bounds memory access) as in Wasmtime, never a host fault.
/// (The witx's <c>fault</c> errno is what wazero returns instead; runtime/RATIONALE.md says why we trap.)
/// </summary>
internal readonly struct GuestMemory(MemoryInstance? memory)
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    /// <summary>The memory's size in bytes (0 without a memory).</summary>
    public ulong Length => memory?.Length ?? 0;

    /// <summary>The <paramref name="length"/> bytes at <paramref name="address"/>, or a trap.</summary>
    public Span<byte> Slice(uint address, uint length)
    {
        if (memory is null || (ulong)address + length > memory.Length || length > int.MaxValue)
        {
            throw OutOfBounds();
        }
        return memory.Slice(address, (int)length);
    }

    /// <summary>
    /// A path or iovec array longer than the whole memory is <see cref="Errno.Nomem"/>, not a trap: Wasmtime refuses
    /// to copy it before it checks the bounds.
    /// </summary>
    private uint TooLong(uint length) => length > Length ? throw new WasiErrnoException(Errno.Nomem) : length;

    /// <summary>The trap of a pointer outside the memory.</summary>
    public static WasmTrapException OutOfBounds() => new(TrapKind.OutOfBoundsMemoryAccess);

    /// <summary>Reads a u16.</summary>
    public ushort U16(uint address) => BinaryPrimitives.ReadUInt16LittleEndian(Slice(address, 2));

    /// <summary>Reads a u32.</summary>
    public uint U32(uint address) => BinaryPrimitives.ReadUInt32LittleEndian(Slice(address, 4));

    /// <summary>Reads a u64.</summary>
    public ulong U64(uint address) => BinaryPrimitives.ReadUInt64LittleEndian(Slice(address, 8));

    /// <summary>Writes a u8.</summary>
    public void WriteU8(uint address, byte value) => Slice(address, 1)[0] = value;

    /// <summary>Writes a u16.</summary>
    public void WriteU16(uint address, ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Slice(address, 2), value);

    /// <summary>Writes a u32.</summary>
    public void WriteU32(uint address, uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Slice(address, 4), value);

    /// <summary>Writes a u64.</summary>
    public void WriteU64(uint address, ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Slice(address, 8), value);

    /// <summary>
    /// Reads a path: <see cref="Errno.Ilseq"/> when it is not UTF-8 (as Wasmtime), <see cref="Errno.Inval"/> when it holds
    /// a NUL byte (no host path can), a trap when it leaves the memory.
    /// </summary>
    public string Path(uint address, uint length)
    {
        var bytes = Slice(address, TooLong(length));
        if (bytes.Contains((byte)0))
        {
            throw new WasiErrnoException(Errno.Inval);
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new WasiErrnoException(Errno.Ilseq);
        }
    }

    /// <summary>
    /// The buffers of an iovec (or ciovec) array of <paramref name="count"/> entries at <paramref name="address"/>,
    /// each checked against the memory before any is used.
    /// </summary>
    public (uint Address, uint Length)[] Iovecs(uint address, uint count)
    {
        if ((ulong)count * Witx.IovecSize > uint.MaxValue)
        {
            throw new WasiErrnoException(Errno.Nomem);
        }
        Slice(address, TooLong(count * Witx.IovecSize));
        var iovecs = new (uint, uint)[count];
        for (uint i = 0; i < count; i++)
        {
            uint buf = U32(address + i * 8);
            uint len = U32(address + i * 8 + 4);
            Slice(buf, len);
            iovecs[i] = (buf, len);
        }
        return iovecs;
    }
}
