using System.Globalization;

namespace Plumb.Text;

internal static partial class WatPrinter
{
    /// <summary>
    /// An exact f32 literal: <c>nan</c> / <c>nan:0x…</c> keep the payload, short decimals of normal
    /// numbers (at most 6 or 15 significant digits, which any correctly rounding reader maps back), everything else
    /// is a hexadecimal float (https://webassembly.github.io/spec/core/text/values.html#floating-point).
    /// </summary>
    internal static string FormatF32(uint bits)
    {
        const int mantissaBits = 23;
        string sign = (bits >> 31) != 0 ? "-" : "";
        uint exponent = (bits >> mantissaBits) & 0xFF;
        uint mantissa = bits & ((1u << mantissaBits) - 1);
        if (exponent == 0xFF)
        {
            return mantissa == 0 ? sign + "inf" : mantissa == 1u << (mantissaBits - 1) ? sign + "nan" : $"{sign}nan:0x{mantissa:x}";
        }
        float value = BitConverter.UInt32BitsToSingle(bits);
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if ((exponent != 0 || mantissa == 0) && SignificantDigits(shortest) <= 6)
        {
            return shortest;
        }
        return sign + HexFloat(mantissa << 1, 24, exponent, 127);
    }

    /// <summary>An exact f64 literal; see <see cref="FormatF32"/>.</summary>
    internal static string FormatF64(ulong bits)
    {
        const int mantissaBits = 52;
        string sign = (bits >> 63) != 0 ? "-" : "";
        ulong exponent = (bits >> mantissaBits) & 0x7FF;
        ulong mantissa = bits & ((1UL << mantissaBits) - 1);
        if (exponent == 0x7FF)
        {
            return mantissa == 0 ? sign + "inf" : mantissa == 1UL << (mantissaBits - 1) ? sign + "nan" : $"{sign}nan:0x{mantissa:x}";
        }
        double value = BitConverter.UInt64BitsToDouble(bits);
        string shortest = value.ToString("R", CultureInfo.InvariantCulture);
        if ((exponent != 0 || mantissa == 0) && SignificantDigits(shortest) <= 15)
        {
            return shortest;
        }
        return sign + HexFloat(mantissa, 52, exponent, 1023);
    }

    /// <summary>
    /// <c>0x1.hhhp±e</c> for normal numbers and <c>0x0.hhhp-bias+1</c> for subnormals.
    /// <paramref name="fraction"/> holds <paramref name="fractionBits"/> bits (a multiple of 4).
    /// </summary>
    private static string HexFloat(ulong fraction, int fractionBits, ulong biasedExponent, int bias)
    {
        string digits = fraction.ToString("x").PadLeft(fractionBits / 4, '0').TrimEnd('0');
        string lead = biasedExponent == 0 ? "0" : "1";
        long exponent = biasedExponent == 0 ? 1 - bias : (long)biasedExponent - bias;
        string sign = exponent < 0 ? "-" : "+";
        return $"0x{lead}{(digits.Length > 0 ? "." + digits : "")}p{sign}{Math.Abs(exponent)}";
    }

    private static int SignificantDigits(string number)
    {
        int end = number.IndexOfAny(['E', 'e']);
        var mantissa = (end < 0 ? number : number[..end]).TrimStart('-').Replace(".", "").Trim('0');
        return mantissa.Length;
    }
}
