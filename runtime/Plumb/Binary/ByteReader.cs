using System.Buffers.Binary;

namespace Plumb.Binary;

/// <summary>
/// A bounds-checked cursor over a module's bytes with the spec's LEB128 rules
/// (https://webassembly.github.io/spec/core/binary/values.html#integers). Every read past the end
/// throws <see cref="WasmMalformedException"/>; nothing else escapes.
/// </summary>
/// <remarks>
/// Reads are bounded by the whole input, not by the enclosing section: like the reference
/// interpreter, an overrun of a section or function body is detected afterwards as
/// "section size mismatch", which is the message the spec suites expect.
/// </remarks>
internal ref struct ByteReader
{
    private readonly ReadOnlySpan<byte> _bytes;
    private readonly int _origin;

    /// <summary>Creates a reader; <paramref name="origin"/> is added to positions in error offsets.</summary>
    public ByteReader(ReadOnlySpan<byte> bytes, MalformedMessages messages, int origin = 0)
    {
        _bytes = bytes;
        _origin = origin;
        Messages = messages;
        Position = 0;
    }

    /// <summary>The wording and length rules of the feature set being decoded.</summary>
    public MalformedMessages Messages { get; }

    /// <summary>Index of the next byte.</summary>
    public int Position { get; private set; }

    /// <summary>Total number of bytes.</summary>
    public readonly int Length => _bytes.Length;

    /// <summary>Bytes left after <see cref="Position"/>.</summary>
    public readonly int Remaining => _bytes.Length - Position;

    /// <summary>True when every byte has been read.</summary>
    public readonly bool AtEnd => Position >= _bytes.Length;

    /// <summary>Offset of <paramref name="position"/> in the original input, for error reports.</summary>
    public readonly int OffsetOf(int position) => _origin + position;

    /// <summary>Throws a malformed error at <paramref name="position"/>.</summary>
    public readonly WasmMalformedException Error(string message, int position) => new(message, _origin + position);

    /// <summary>Throws a malformed error at the current position.</summary>
    public readonly WasmMalformedException Error(string message) => new(message, _origin + Position);

    private readonly WasmMalformedException EndError() => new(MalformedMessages.UnexpectedEndOfSection, _origin + _bytes.Length);

    /// <summary>The next byte without consuming it, or -1 at the end.</summary>
    public readonly int Peek() => Position < _bytes.Length ? _bytes[Position] : -1;

    /// <summary>Reads one byte.</summary>
    public byte ReadByte()
    {
        if (Position >= _bytes.Length)
        {
            throw EndError();
        }
        return _bytes[Position++];
    }

    /// <summary>Reads <paramref name="count"/> raw bytes.</summary>
    public ReadOnlySpan<byte> ReadBytes(int count)
    {
        if (count < 0 || count > Remaining)
        {
            throw EndError();
        }
        var span = _bytes.Slice(Position, count);
        Position += count;
        return span;
    }

    /// <summary>Skips <paramref name="count"/> bytes (negative counts are an overrun, as in the reference interpreter).</summary>
    public void Skip(int count) => ReadBytes(count);

    /// <summary>Reads a little-endian 32-bit word (f32 bits).</summary>
    public uint ReadFixed32() => BinaryPrimitives.ReadUInt32LittleEndian(ReadBytes(4));

    /// <summary>Reads a little-endian 64-bit word (f64 bits).</summary>
    public ulong ReadFixed64() => BinaryPrimitives.ReadUInt64LittleEndian(ReadBytes(8));

    /// <summary>Reads an unsigned LEB128 integer of <paramref name="bits"/> bits (u1, u32 or u64).</summary>
    /// <remarks>
    /// A value of N bits takes at most ceil(N/7) bytes: a further byte is "integer representation
    /// too long"; in the last byte, bits beyond N must be zero, else "integer too large".
    /// </remarks>
    public ulong ReadUnsigned(int bits)
    {
        // Most values (indices, counts, alignments) fit one byte.
        if (Position < _bytes.Length && _bytes[Position] < 0x80 && (bits >= 7 || _bytes[Position] < 1 << bits))
        {
            return _bytes[Position++];
        }
        ulong result = 0;
        int shift = 0;
        for (int left = bits; ; left -= 7)
        {
            if (left <= 0)
            {
                throw Error(MalformedMessages.IntegerRepresentationTooLong);
            }
            byte b = ReadByte();
            if (left < 7 && (b & 0x7F) >= 1 << left)
            {
                throw Error(MalformedMessages.IntegerTooLarge, Position - 1);
            }
            result |= (ulong)(b & 0x7F) << shift;
            if ((b & 0x80) == 0)
            {
                return result;
            }
            shift += 7;
        }
    }

    /// <summary>Reads a signed LEB128 integer of <paramref name="bits"/> bits (s32, s33 or s64), sign-extended.</summary>
    /// <remarks>In the last byte, the unused bits must all equal the sign bit, else "integer too large".</remarks>
    public long ReadSigned(int bits)
    {
        if (Position < _bytes.Length && _bytes[Position] < 0x80)
        {
            // One byte: 7 value bits with bit 6 the sign; every caller reads 32 bits or more, so no unused bits.
            return (sbyte)(_bytes[Position++] << 1) >> 1;
        }
        long result = 0;
        int shift = 0;
        for (int left = bits; ; left -= 7)
        {
            if (left <= 0)
            {
                throw Error(MalformedMessages.IntegerRepresentationTooLong);
            }
            byte b = ReadByte();
            if (left < 7)
            {
                int mask = (-1 << (left - 1)) & 0x7F;
                if ((b & mask) != 0 && (b & mask) != mask)
                {
                    throw Error(MalformedMessages.IntegerTooLarge, Position - 1);
                }
            }
            result |= (long)(b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0)
            {
                if (shift < 64 && (b & 0x40) != 0)
                {
                    result |= -1L << shift;
                }
                return result;
            }
        }
    }

    /// <summary>
    /// Reads a one-byte type code (value type, reference type, function type form). The reference
    /// interpreter reads these as 7-bit signed LEB128, so a byte with the continuation bit set is
    /// "integer representation too long" rather than an unknown type.
    /// </summary>
    public byte ReadTypeCode()
    {
        byte b = ReadByte();
        if ((b & 0x80) != 0)
        {
            throw Error(MalformedMessages.IntegerRepresentationTooLong);
        }
        return b;
    }

    /// <summary>Reads a u32.</summary>
    public uint ReadU32() => (uint)ReadUnsigned(32);

    /// <summary>Reads a u64.</summary>
    public ulong ReadU64() => ReadUnsigned(64);

    /// <summary>Reads an s32.</summary>
    public int ReadS32() => (int)ReadSigned(32);

    /// <summary>Reads an s33 (block types).</summary>
    public long ReadS33() => ReadSigned(33);

    /// <summary>Reads an s64.</summary>
    public long ReadS64() => ReadSigned(64);

    /// <summary>
    /// Reads a u32 that counts bytes or items to follow. A count larger than the bytes available is
    /// "length out of bounds" before anything is allocated for it (every item takes at least one byte).
    /// </summary>
    public int ReadLength()
    {
        int start = Position;
        uint n = ReadU32();
        // The 2.0 reference interpreter bounds a length by the bytes that remain counted from the
        // length field itself; the 1.0 one bounded it by the whole input. The suites' messages
        // ("length out of bounds" or "unexpected end ...") depend on exactly this.
        long limit = Messages.LengthsBoundedByInput ? _bytes.Length : _bytes.Length - start;
        if (n > limit)
        {
            throw Error(MalformedMessages.LengthOutOfBounds, start);
        }
        return (int)n;
    }

    /// <summary>Reads a name: a length-prefixed UTF-8 string (https://webassembly.github.io/spec/core/binary/values.html#names).</summary>
    public string ReadName()
    {
        int start = Position;
        int length = ReadLength();
        var bytes = ReadBytes(length);
        if (!Utf8.IsValid(bytes))
        {
            throw Error(Messages.MalformedUtf8, start);
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }
}
