using CsCheck;
using Plumb.Binary;

namespace Plumb.Tests.Binary;

public class ByteReaderTests
{
    private const string TooLarge = "integer too large";
    private const string TooLong = "integer representation too long";
    private const string End = "unexpected end of section or function";

    // name, hex bytes, bit width, expected value (as unsigned bits) or null, expected error or null
    public static TheoryData<string, string, int, ulong?, string?> UnsignedCases => new()
    {
        { "u32 zero", "00", 32, 0, null },
        { "u32 one byte max", "7f", 32, 127, null },
        { "u32 padded zero", "8080808000", 32, 0, null },
        { "u32 max", "ffffffff0f", 32, uint.MaxValue, null },
        { "u32 fifth byte bit 4 set", "ffffffff1f", 32, null, TooLarge },
        { "u32 fifth byte bit 6 set", "8080808040", 32, null, TooLarge },
        { "u32 six bytes", "808080808000", 32, null, TooLong },
        { "u32 fifth byte continues", "8080808080", 32, null, TooLong },
        { "u32 truncated", "80", 32, null, End },
        { "u32 empty", "", 32, null, End },
        { "u64 max", "ffffffffffffffffff01", 64, ulong.MaxValue, null },
        { "u64 tenth byte 2", "ffffffffffffffffff02", 64, null, TooLarge },
        { "u64 eleven bytes", "8080808080808080808000", 64, null, TooLong },
        { "u1 one", "01", 1, 1, null },
        { "u1 two", "02", 1, null, TooLarge },
        { "u1 padded", "8000", 1, null, TooLong },
    };

    public static TheoryData<string, string, int, long?, string?> SignedCases => new()
    {
        { "s32 zero", "00", 32, 0, null },
        { "s32 minus one", "7f", 32, -1, null },
        { "s32 sixty-four", "c000", 32, 64, null },
        { "s32 minus sixty-five", "bf7f", 32, -65, null },
        { "s32 max", "ffffffff07", 32, int.MaxValue, null },
        { "s32 min", "8080808078", 32, int.MinValue, null },
        { "s32 padded minus one", "ffffffff7f", 32, -1, null },
        { "s32 fifth byte positive overflow", "ffffffff0f", 32, null, TooLarge },
        { "s32 fifth byte negative overflow", "8080808070", 32, null, TooLarge },
        { "s32 six bytes", "808080808000", 32, null, TooLong },
        { "s33 type index max", "ffffffff0f", 33, uint.MaxValue, null },
        { "s33 fifth byte unused bits", "ffffffff1f", 33, null, TooLarge },
        { "s33 minus one padded", "ffffffff7f", 33, -1, null },
        { "s64 max", "ffffffffffffffffff00", 64, long.MaxValue, null },
        { "s64 min", "8080808080808080807f", 64, long.MinValue, null },
        { "s64 tenth byte bad sign", "ffffffffffffffffff41", 64, null, TooLarge },
        { "s64 eleven bytes", "ffffffffffffffffffff7f", 64, null, TooLong },
        { "s64 truncated", "ff", 64, null, End },
    };

    [Theory]
    [MemberData(nameof(UnsignedCases))]
    public void ReadsUnsignedLeb128WithTheSpecChecks(string name, string hex, int bits, ulong? value, string? error)
    {
        _ = name;
        var bytes = Convert.FromHexString(hex);
        if (error is null)
        {
            var r = new ByteReader(bytes, MalformedMessages.Core2);
            Assert.Equal(value, r.ReadUnsigned(bits));
            Assert.True(r.AtEnd);
        }
        else
        {
            var ex = Assert.Throws<WasmMalformedException>(() => new ByteReader(bytes, MalformedMessages.Core2).ReadUnsigned(bits));
            Assert.Equal(error, ex.Message);
        }
    }

    [Theory]
    [MemberData(nameof(SignedCases))]
    public void ReadsSignedLeb128WithTheSpecChecks(string name, string hex, int bits, long? value, string? error)
    {
        _ = name;
        var bytes = Convert.FromHexString(hex);
        if (error is null)
        {
            var r = new ByteReader(bytes, MalformedMessages.Core2);
            Assert.Equal(value, r.ReadSigned(bits));
            Assert.True(r.AtEnd);
        }
        else
        {
            var ex = Assert.Throws<WasmMalformedException>(() => new ByteReader(bytes, MalformedMessages.Core2).ReadSigned(bits));
            Assert.Equal(error, ex.Message);
        }
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(63L)]
    [InlineData(64L)]
    [InlineData(-64L)]
    [InlineData(-65L)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    [InlineData(long.MaxValue)]
    [InlineData(long.MinValue)]
    public void WriterProducesTheShortestSignedEncodingThatReadsBack(long value)
    {
        var w = new ByteWriter();
        w.WriteSigned(value);
        var r = new ByteReader(w.WrittenSpan, MalformedMessages.Core2);
        Assert.Equal(value, r.ReadS64());
        Assert.True(r.AtEnd);
        int minimal = 1;
        while (minimal < 10 && (value >> (7 * minimal - 1)) is not (0 or -1))
        {
            minimal++;
        }
        Assert.Equal(minimal, w.Length);
    }

    [Fact]
    public void SignedAndUnsignedRoundTripForArbitraryValues()
    {
        Gen.Long.Sample(value =>
        {
            var w = new ByteWriter();
            w.WriteSigned(value);
            w.WriteUnsigned((ulong)value);
            var r = new ByteReader(w.WrittenSpan, MalformedMessages.Core2);
            Assert.Equal(value, r.ReadS64());
            Assert.Equal((ulong)value, r.ReadU64());
            Assert.True(r.AtEnd);
        }, iter: 2000);
    }

    [Theory]
    [InlineData("05", 6, false)] // 5 bytes follow the field (6 counting it): fits
    [InlineData("06", 6, false)] // counting the length field itself, as the 2.0 reference interpreter does
    [InlineData("07", 6, true)]
    [InlineData("ffffffff0f", 10, true)]
    public void LengthsAreBoundedByTheBytesLeft(string field, int total, bool outOfBounds)
    {
        var bytes = new byte[total];
        Convert.FromHexString(field).CopyTo(bytes, 0);
        int Read() => new ByteReader(bytes, MalformedMessages.Core2).ReadLength();
        if (outOfBounds)
        {
            Assert.Equal("length out of bounds", Assert.Throws<WasmMalformedException>(() => Read()).Message);
        }
        else
        {
            Assert.Equal(Convert.FromHexString(field)[0], Read());
        }
    }

    [Fact]
    public void ErrorsCarryTheByteOffset()
    {
        var bytes = Convert.FromHexString("00ffffffff1f");
        var ex = Assert.Throws<WasmMalformedException>(() =>
        {
            var r = new ByteReader(bytes, MalformedMessages.Core2);
            r.ReadByte();
            r.ReadU32();
        });
        Assert.Equal(5, ex.Offset);
    }
}
