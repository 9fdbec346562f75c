using System.Runtime.InteropServices;
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
    public long Size => (long)_memory.Length;

    /// <summary>The size in 64 KiB pages.</summary>
    public uint Pages => _memory.Pages;

    /// <summary>The maximum in pages from the memory's type, if any.</summary>
    public ulong? MaxPages => _memory.Max;

    /// <summary>Grows by <paramref name="deltaPages"/> pages; returns the old size in pages, or -1 if the type's maximum or the runtime's page limit forbids it.</summary>
    public int Grow(uint deltaPages) => _memory.Grow(deltaPages);

    /// <summary>Copies <paramref name="destination"/>.Length bytes starting at <paramref name="offset"/>.</summary>
    public void Read(ulong offset, Span<byte> destination) => _memory.Read(offset, destination);

    /// <summary>Copies <paramref name="source"/> into the memory at <paramref name="offset"/>.</summary>
    public void Write(ulong offset, ReadOnlySpan<byte> source) => _memory.Write(offset, source);

    /// <summary>Returns a copy of <paramref name="length"/> bytes at <paramref name="offset"/>.</summary>
    public byte[] ReadBytes(ulong offset, int length)
    {
        if (length < 0)
        {
            throw new WasmTrapException(TrapKind.OutOfBoundsMemoryAccess);
        }
        var bytes = new byte[length];
        _memory.Read(offset, bytes);
        return bytes;
    }

    /// <summary>Decodes <paramref name="length"/> bytes at <paramref name="offset"/> as UTF-8.</summary>
    public string ReadUtf8(ulong offset, int length) => System.Text.Encoding.UTF8.GetString(ReadBytes(offset, length));

    /// <summary>Reads a byte.</summary>
    public byte ReadByte(ulong offset) => Read<byte>(offset);

    /// <summary>Writes a byte.</summary>
    public void WriteByte(ulong offset, byte value) => Write(offset, value);

    /// <summary>Reads a little-endian 32-bit integer.</summary>
    public int ReadInt32(ulong offset) => Read<int>(offset);

    /// <summary>Writes a little-endian 32-bit integer.</summary>
    public void WriteInt32(ulong offset, int value) => Write(offset, value);

    /// <summary>Reads a little-endian 64-bit integer.</summary>
    public long ReadInt64(ulong offset) => Read<long>(offset);

    /// <summary>Writes a little-endian 64-bit integer.</summary>
    public void WriteInt64(ulong offset, long value) => Write(offset, value);

    /// <summary>Reads a little-endian f32.</summary>
    public float ReadSingle(ulong offset) => Read<float>(offset);

    /// <summary>Writes a little-endian f32.</summary>
    public void WriteSingle(ulong offset, float value) => Write(offset, value);

    /// <summary>Reads a little-endian f64.</summary>
    public double ReadDouble(ulong offset) => Read<double>(offset);

    /// <summary>Writes a little-endian f64.</summary>
    public void WriteDouble(ulong offset, double value) => Write(offset, value);

    // Memory is little endian, as the runtime assumes its host is (runtime/RATIONALE.md, "How is linear memory represented?").
    private T Read<T>(ulong offset) where T : unmanaged
    {
        T value = default;
        _memory.Read(offset, MemoryMarshal.AsBytes(new Span<T>(ref value)));
        return value;
    }

    private void Write<T>(ulong offset, T value) where T : unmanaged =>
        _memory.Write(offset, MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)));
}
