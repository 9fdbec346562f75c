using System.Numerics;
using Plumb.Text.Lexing;

namespace Plumb.Text.Tests.Lexing;

public class NumberLiteralsTests
{
    public static TheoryData<string, int, ulong?> Integers => new()
    {
        { "0", 32, 0 },
        { "0x7fff_ffff", 32, 0x7FFF_FFFF },
        { "0xffffffff", 32, 0xFFFF_FFFF },
        { "-0x80000000", 32, 0x8000_0000 },
        { "-1", 32, 0xFFFF_FFFF },
        { "+4294967295", 32, 0xFFFF_FFFF },
        { "4294967296", 32, null },
        { "-2147483649", 32, null },
        { "-0x8000000000000000", 64, 0x8000_0000_0000_0000 },
        { "18446744073709551615", 64, ulong.MaxValue },
        { "18446744073709551616", 64, null },
        { "-9223372036854775809", 64, null },
        { "255", 8, 0xFF },
        { "-128", 8, 0x80 },
        { "256", 8, null },
        { "-129", 8, null },
    };

    [Theory]
    [MemberData(nameof(Integers))]
    public void ParsesIntegersWithRangeChecks(string text, int bits, ulong? expected) =>
        Assert.Equal(expected, NumberLiterals.ParseInt(text, bits));

    // Cases from the spec suite's const.wast and float_literals.wast (expected bits as given there).
    public static TheoryData<string, uint?> F32 => new()
    {
        { "0", 0x0000_0000 },
        { "-0", 0x8000_0000 },
        { "1.5", 0x3FC0_0000 },
        { "0x1p127", 0x7F00_0000 },
        { "0x1.fffffep127", 0x7F7F_FFFF },
        { "0x1.fffffefffffffffffp127", 0x7F7F_FFFF },
        { "0x1.ffffffp127", null },
        { "0x1p128", null },
        { "1e39", null },
        { "3.4028235e38", 0x7F7F_FFFF },
        { "0x1p-149", 0x0000_0001 },
        { "0x1p-150", 0x0000_0000 },
        { "0x1.000002p-150", 0x0000_0001 },
        { "0x1.fffffcp-127", 0x007F_FFFF },
        { "0x1.fffffep-127", 0x0080_0000 },
        { "0x1p-126", 0x0080_0000 },
        { "0x0.ffffffp-126", 0x0080_0000 },
        { "+0x1.00000100000000000p-50", 0x2680_0000 },
        { "+0x1.00000100000000001p-50", 0x2680_0001 },
        { "+0x1.000003p-50", 0x2680_0002 },
        { "+0x1.000005p-50", 0x2680_0002 },
        { "+0x1.000007p-50", 0x2680_0004 },
        { "1.00000005960464477539062499999", 0x3F80_0000 },
        { "1.000000059604644775390625", 0x3F80_0000 },
        { "1.000000059604644775390626", 0x3F80_0001 },
        { "1.000000178813934326171875", 0x3F80_0002 },
        { "1e-45", 0x0000_0001 },
        { "inf", 0x7F80_0000 },
        { "-inf", 0xFF80_0000 },
        { "nan", 0x7FC0_0000 },
        { "-nan", 0xFFC0_0000 },
        { "nan:0x200000", 0x7FA0_0000 },
        { "-nan:0x7f_ffff", 0xFFFF_FFFF },
        { "nan:0x800000", null },
        { "nan:0x0", null },
        { "0x1p+1_000_000_000_000", null },
        { "0x1p-1_000_000_000_000", 0 },
        { "1_000.000_1", 0x447A_0002 },
        { "0x10", 0x4180_0000 },
        { "1.e5", 0x47C3_5000 },
        { "-0x1.p-1", 0xBF00_0000 },
    };

    [Theory]
    [MemberData(nameof(F32))]
    public void RoundsF32Literals(string text, uint? expected) => Assert.Equal(expected, NumberLiterals.ParseF32(text));

    public static TheoryData<string, ulong?> F64 => new()
    {
        { "0x1.fffffffffffffp1023", 0x7FEF_FFFF_FFFF_FFFF },
        { "0x1.fffffffffffff8p1023", null },
        { "0x1.fffffffffffff7ffffp1023", 0x7FEF_FFFF_FFFF_FFFF },
        { "0x1p-1074", 0x0000_0000_0000_0001 },
        { "0x1p-1075", 0 },
        { "0x1.0000000000001p-1075", 1 },
        { "0x0.8p-1073", 1 },
        { "+0x1.000000000000080000000000p-600", 0x1A70_0000_0000_0000 },
        { "+0x1.000000000000080000000001p-600", 0x1A70_0000_0000_0001 },
        { "+0x1.000000000000180000000000p-600", 0x1A70_0000_0000_0002 },
        { "1.7976931348623157e308", 0x7FEF_FFFF_FFFF_FFFF },
        { "1.7976931348623159e308", null },
        { "4.9406564584124654e-324", 1 },
        { "2.4703282292062328e-324", 1 },
        { "2.4703282292062327e-324", 0 },
        { "nan:0x8_0000_0000_0000", 0x7FF8_0000_0000_0000 },
        { "-nan:0xf_ffff_ffff_ffff", 0xFFFF_FFFF_FFFF_FFFF },
        { "nan:0x10_0000_0000_0000", null },
        { "0x1.8", 0x3FF8_0000_0000_0000 },
    };

    [Theory]
    [MemberData(nameof(F64))]
    public void RoundsF64Literals(string text, ulong? expected) => Assert.Equal(expected, NumberLiterals.ParseF64(text));

    [Fact]
    public void HexRoundingAgreesWithDoubleConversionOfExactValues()
    {
        // Any 53-bit mantissa times a power of two is exact in double; rounding it to f32 must agree with (float).
        var random = new Random(42);
        for (int i = 0; i < 20000; i++)
        {
            ulong m = (ulong)random.NextInt64(1, 1L << 53);
            int e = random.Next(-1150, 100);
            double exact = Math.ScaleB(m, e);
            if (double.IsInfinity(exact) || exact == 0 || exact < double.Epsilon * (1UL << 53)) continue;
            float expected = (float)exact;
            ulong? bits = NumberLiterals.RoundToFloat(new BigInteger(m), e, 23, 8);
            if (float.IsInfinity(expected))
            {
                Assert.Null(bits);
            }
            else
            {
                Assert.Equal(BitConverter.SingleToUInt32Bits(expected), (uint?)bits);
            }
        }
    }

    [Fact]
    public void LongHexLiteralsRoundAsTheirExactValue()
    {
        // The parser keeps 16 significant digits and a sticky bit; the exact value, as a big integer, must round the same.
        var random = new Random(7);
        for (int i = 0; i < 5000; i++)
        {
            int whole = random.Next(0, 40), fractional = random.Next(0, 40);
            var digits = new char[whole + fractional];
            for (int d = 0; d < digits.Length; d++)
            {
                // Runs of zeros and of f's, so that ties and near-ties at the rounding bit come up.
                digits[d] = random.Next(4) switch { 0 => '0', 1 => 'f', 2 => '8', _ => "0123456789abcdef"[random.Next(16)] };
            }
            int exponent = random.Next(-1200, 1100);
            string text = "0x" + new string(digits, 0, whole) + (whole == 0 ? "0" : "") + "." + new string(digits, whole, fractional) + "p" + exponent;
            var exact = BigInteger.Parse("0" + new string(digits), System.Globalization.NumberStyles.HexNumber);
            Assert.Equal(NumberLiterals.RoundToFloat(exact, exponent - 4L * fractional, 52, 11), NumberLiterals.ParseF64(text));
            Assert.Equal(NumberLiterals.RoundToFloat(exact, exponent - 4L * fractional, 23, 8), NumberLiterals.ParseF32(text));
        }
    }

    [Fact]
    public void AMillionDigitHexLiteralParsesInLinearTime()
    {
        // A big-integer step per digit made this quadratic: 400k digits took 35 s, a million never ended.
        string text = "0x1" + new string('0', 1_000_000) + "1p-4000004";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        ulong? bits = NumberLiterals.ParseF64(text);
        watch.Stop();
        Assert.Equal(BitConverter.DoubleToUInt64Bits(1.0), bits);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
    }
}
