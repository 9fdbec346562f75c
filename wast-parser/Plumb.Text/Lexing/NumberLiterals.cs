using System.Globalization;
using System.Numerics;

namespace Plumb.Text.Lexing;

/// <summary>
/// Values of number tokens (https://webassembly.github.io/spec/core/text/values.html). Integers are
/// range-checked for their type; floats are rounded to nearest, ties to even, directly to the target
/// format (see wast-parser/RATIONALE.md, "How are float literals rounded?").
/// </summary>
internal static class NumberLiterals
{
    /// <summary>Reads an unsigned integer (no sign) into <paramref name="value"/>; false on overflow of 64 bits.</summary>
    public static bool TryParseNat(string text, out ulong value)
    {
        value = 0;
        bool hex = text.StartsWith("0x", StringComparison.Ordinal);
        ulong radix = hex ? 16u : 10u;
        for (int i = hex ? 2 : 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '_') continue;
            ulong digit = (ulong)Lexer.HexValue(c);
            if (value > (ulong.MaxValue - digit) / radix) return false;
            value = value * radix + digit;
        }
        return true;
    }

    /// <summary>True when the text is an unsigned integer literal (a <c>u32</c>/<c>u64</c> candidate).</summary>
    public static bool IsNat(string text) => text.Length > 0 && text[0] is >= '0' and <= '9' && NumberSyntax.IsInteger(text);

    /// <summary>
    /// An integer literal for an <paramref name="bits"/>-bit integer, signed or unsigned form
    /// (-2^(N-1) ≤ i &lt; 2^N); the result is the two's complement bits. Null when out of range.
    /// </summary>
    public static ulong? ParseInt(string text, int bits)
    {
        bool negative = text[0] == '-';
        string digits = text[0] is '+' or '-' ? text[1..] : text;
        if (!TryParseNat(digits, out ulong magnitude)) return null;
        ulong mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        if (negative)
        {
            ulong limit = 1UL << (bits - 1);
            if (magnitude > limit) return null;
            return (0 - magnitude) & mask;
        }
        if (magnitude > mask) return null;
        return magnitude;
    }

    /// <summary>The bits of an f32 literal, or null when it rounds to infinity or has a bad NaN payload.</summary>
    public static uint? ParseF32(string text) => (uint?)ParseFloat(text, 23, 8);

    /// <summary>The bits of an f64 literal, or null when it rounds to infinity or has a bad NaN payload.</summary>
    public static ulong? ParseF64(string text) => ParseFloat(text, 52, 11);

    private static ulong? ParseFloat(string text, int mantissaBits, int exponentBits)
    {
        bool negative = text[0] == '-';
        string body = text[0] is '+' or '-' ? text[1..] : text;
        ulong sign = negative ? 1UL << (mantissaBits + exponentBits) : 0;
        ulong exponentMask = ((1UL << exponentBits) - 1) << mantissaBits;
        if (body == "inf") return sign | exponentMask;
        if (body == "nan") return sign | exponentMask | (1UL << (mantissaBits - 1));
        if (body.StartsWith("nan:0x", StringComparison.Ordinal))
        {
            // https://webassembly.github.io/spec/core/text/values.html#floating-point: 1 ≤ n < 2^signif.
            if (!TryParseNat(body[4..], out ulong payload) || payload == 0 || payload >= 1UL << mantissaBits) return null;
            return sign | exponentMask | payload;
        }
        ulong? magnitude;
        if (body.StartsWith("0x", StringComparison.Ordinal))
        {
            magnitude = ParseHexFloat(body, mantissaBits, exponentBits);
        }
        else
        {
            // .NET's parser rounds decimal strings correctly (IEEE 754-2008) to either format directly.
            string clean = body.Replace("_", "");
            if (mantissaBits == 23)
            {
                float f = float.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
                magnitude = float.IsInfinity(f) ? null : BitConverter.SingleToUInt32Bits(f);
            }
            else
            {
                double d = double.Parse(clean, NumberStyles.Float, CultureInfo.InvariantCulture);
                magnitude = double.IsInfinity(d) ? null : BitConverter.DoubleToUInt64Bits(d);
            }
        }
        return magnitude is { } m ? sign | m : null;
    }

    /// <summary>
    /// A hexadecimal float body (no sign): mantissa digits with an optional fraction and a binary
    /// exponent. The value is rounded once to the target format, in time linear in the digits: only the
    /// first 16 significant digits are kept (at least 61 bits, more than the 53 of an f64 plus its
    /// rounding bit), and every digit after them only counts for the exponent and a sticky bit. That sticky
    /// bit below the kept digits rounds exactly as the digits it stands for would (a literal of a million
    /// digits once took minutes here, with a big-integer step per digit).
    /// </summary>
    private static ulong? ParseHexFloat(string body, int mantissaBits, int exponentBits)
    {
        const int kept = 16;
        ulong mantissa = 0;
        int significant = 0;
        bool sticky = false;
        long exponent = 0;
        int i = 2;
        bool fraction = false;
        for (; i < body.Length; i++)
        {
            char c = body[i];
            if (c == '_') continue;
            if (c == '.')
            {
                fraction = true;
                continue;
            }
            if (c is 'p' or 'P') break;
            int digit = Lexer.HexValue(c);
            if (significant < kept)
            {
                mantissa = mantissa * 16 + (ulong)digit;
                if (mantissa != 0) significant++;
                if (fraction) exponent -= 4;
            }
            else
            {
                sticky |= digit != 0;
                if (!fraction) exponent += 4;
            }
        }
        if (i < body.Length)
        {
            i++;
            bool negativeExponent = false;
            if (body[i] is '+' or '-')
            {
                negativeExponent = body[i] == '-';
                i++;
            }
            long e = 0;
            for (; i < body.Length; i++)
            {
                if (body[i] == '_') continue;
                // Saturate: any exponent beyond this range already over- or underflows every format.
                e = Math.Min(e * 10 + (body[i] - '0'), 1L << 40);
            }
            exponent += negativeExponent ? -e : e;
        }
        // The sticky bit sits one place below the kept digits: m·2^e becomes (2m + sticky)·2^(e-1).
        return RoundToFloat(new BigInteger(mantissa) * 2 + (sticky ? 1 : 0), exponent - 1, mantissaBits, exponentBits);
    }

    /// <summary>
    /// Rounds m·2^e (m ≥ 0) to nearest, ties to even, into an IEEE format with the given field widths;
    /// subnormals included. Null when the result overflows to infinity.
    /// </summary>
    internal static ulong? RoundToFloat(BigInteger m, long e, int mantissaBits, int exponentBits)
    {
        if (m.IsZero) return 0;
        long bias = (1L << (exponentBits - 1)) - 1;
        long minExponent = 1 - bias;
        long bitLength = (long)m.GetBitLength();
        long valueExponent = bitLength - 1 + e;
        long ulpExponent = Math.Max(valueExponent, minExponent) - mantissaBits;
        long shift = ulpExponent - e;
        BigInteger q;
        if (shift > 0)
        {
            if (shift > bitLength + 1)
            {
                q = BigInteger.Zero;
            }
            else
            {
                q = m >> (int)shift;
                BigInteger remainder = m - (q << (int)shift);
                BigInteger half = BigInteger.One << (int)(shift - 1);
                if (remainder > half || (remainder == half && !q.IsEven)) q += 1;
            }
        }
        else
        {
            q = m << (int)-shift;
        }
        if (q == BigInteger.One << (mantissaBits + 1))
        {
            q >>= 1;
            ulpExponent++;
        }
        if (q.IsZero) return 0;
        ulong bits = (ulong)q;
        ulong hidden = 1UL << mantissaBits;
        if (bits < hidden) return bits;
        long biased = ulpExponent + mantissaBits + bias;
        if (biased >= (1L << exponentBits) - 1) return null;
        return ((ulong)biased << mantissaBits) | (bits - hidden);
    }
}
