using System.Buffers.Binary;
using Plumb.Execution;

namespace Plumb;

/// <summary>
/// A linear memory, read and written only through bounds-checked methods (never its backing
/// store). Multi-byte values are little endian, as in Wasm. An access outside the memory throws
/// <see cref="WasmTrapException"/> with <see cref="TrapKind.OutOfBoundsMemoryAccess"/>, so that a
/// host function given a bad pointer traps its caller.
/// </summary>
public sealed class WasmMemory
{
    private readonly MemoryInstance _memory;

    internal WasmMemory(MemoryInstance memory)
    {
        _memory = memory;
    }

    /// <summary>The size in bytes.</summary>
    public long Size => _memory.Bytes.LongLength;

    /// <summary>The size in 64 KiB pages.</summary>
    public uint Pages => _memory.Pages;

    /// <summary>The maximum in pages from the memory's type, if any.</summary>
    public ulong? MaxPages => _memory.Max;

    /// <summary>Grows by <paramref name="deltaPages"/> pages; returns the old size in pages, or -1 if the type's maximum or the runtime's page limit forbids it.</summary>
    public int Grow(uint deltaPages) => _memory.Grow(deltaPages);

    /// <summary>Copies <paramref name="destination"/>.Length bytes starting at <paramref name="offset"/>.</summary>
    public void Read(ulong offset, Span<byte> destination) => _memory.Slice(offset, (ulong)destination.Length).CopyTo(destination);

    /// <summary>Copies <paramref name="source"/> into the memory at <paramref name="offset"/>.</summary>
    public void Write(ulong offset, ReadOnlySpan<byte> source) => source.CopyTo(_memory.Slice(offset, (ulong)source.Length));

    /// <summary>Returns a copy of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public byte[] ReadBytes(ulong offset, int length) => _memory.Slice(offset, (ulong)length).ToArray();

    /// <summary>Decodes <paramref name="length"/> bytes at <paramref name="offset"/> as UTF-8.</summary>
    public string ReadUtf8(ulong offset, int length) => System.Text.Encoding.UTF8.GetString(_memory.Slice(offset, (ulong)length));

    /// <summary>Reads a byte.</summary>
    public byte ReadByte(ulong offset) => _memory.Slice(offset, 1)[0];

    /// <summary>Writes a byte.</summary>
    public void WriteByte(ulong offset, byte value) => _memory.Slice(offset, 1)[0] = value;

    /// <summary>Reads a little-endian 32-bit integer.</summary>
    public int ReadInt32(ulong offset) => BinaryPrimitives.ReadInt32LittleEndian(_memory.Slice(offset, 4));

    /// <summary>Writes a little-endian 32-bit integer.</summary>
    public void WriteInt32(ulong offset, int value) => BinaryPrimitives.WriteInt32LittleEndian(_memory.Slice(offset, 4), value);

    /// <summary>Reads a little-endian 64-bit integer.</summary>
    public long ReadInt64(ulong offset) => BinaryPrimitives.ReadInt64LittleEndian(_memory.Slice(offset, 8));

    /// <summary>Writes a little-endian 64-bit integer.</summary>
    public void WriteInt64(ulong offset, long value) => BinaryPrimitives.WriteInt64LittleEndian(_memory.Slice(offset, 8), value);

    /// <summary>Reads a little-endian f32.</summary>
    public float ReadSingle(ulong offset) => BinaryPrimitives.ReadSingleLittleEndian(_memory.Slice(offset, 4));

    /// <summary>Writes a little-endian f32.</summary>
    public void WriteSingle(ulong offset, float value) => BinaryPrimitives.WriteSingleLittleEndian(_memory.Slice(offset, 4), value);

    /// <summary>Reads a little-endian f64.</summary>
    public double ReadDouble(ulong offset) => BinaryPrimitives.ReadDoubleLittleEndian(_memory.Slice(offset, 8));

    /// <summary>Writes a little-endian f64.</summary>
    public void WriteDouble(ulong offset, double value) => BinaryPrimitives.WriteDoubleLittleEndian(_memory.Slice(offset, 8), value);
}
