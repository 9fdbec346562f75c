using System.Buffers.Binary;

namespace Plumb.Binary;

/// <summary>
/// A growable byte buffer with the binary format's encodings: LEB128 in the shortest form
/// (https://webassembly.github.io/spec/core/binary/values.html), fixed-width little-endian floats, names.
/// </summary>
internal sealed class ByteWriter
{
    private byte[] _buffer;

    /// <summary>Creates an empty writer.</summary>
    public ByteWriter(int capacity = 256)
    {
        _buffer = new byte[Math.Max(capacity, 16)];
    }

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    /// <summary>The bytes written so far.</summary>
    public ReadOnlySpan<byte> WrittenSpan => _buffer.AsSpan(0, Length);

    /// <summary>Forgets the bytes written, keeping the buffer.</summary>
    public void Clear() => Length = 0;

    /// <summary>A copy of the bytes written.</summary>
    public byte[] ToArray() => WrittenSpan.ToArray();

    private Span<byte> Grow(int count)
    {
        if (Length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, Length + count));
        }
        var span = _buffer.AsSpan(Length, count);
        Length += count;
        return span;
    }

    public void WriteByte(byte value) => Grow(1)[0] = value;

    public void WriteBytes(ReadOnlySpan<byte> bytes) => bytes.CopyTo(Grow(bytes.Length));

    public void WriteFixed32(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Grow(4), value);

    public void WriteFixed64(ulong value) => BinaryPrimitives.WriteUInt64LittleEndian(Grow(8), value);

    /// <summary>Unsigned LEB128 (u32 and u64).</summary>
    public void WriteUnsigned(ulong value)
    {
        do
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            WriteByte(value == 0 ? b : (byte)(b | 0x80));
        }
        while (value != 0);
    }

    /// <summary>Signed LEB128 (s32, s33, s64): stops once the rest is the sign extension of the last byte.</summary>
    public void WriteSigned(long value)
    {
        while (true)
        {
            byte b = (byte)(value & 0x7F);
            value >>= 7;
            bool done = (value == 0 && (b & 0x40) == 0) || (value == -1 && (b & 0x40) != 0);
            WriteByte(done ? b : (byte)(b | 0x80));
            if (done)
            {
                return;
            }
        }
    }

    public void WriteU32(uint value) => WriteUnsigned(value);

    /// <summary>A vector length or byte count.</summary>
    public void WriteLength(int count) => WriteUnsigned((uint)count);

    /// <summary>A name: byte length and UTF-8 bytes.</summary>
    public void WriteName(string name)
    {
        int count = System.Text.Encoding.UTF8.GetByteCount(name);
        WriteLength(count);
        System.Text.Encoding.UTF8.GetBytes(name, Grow(count));
    }
}
