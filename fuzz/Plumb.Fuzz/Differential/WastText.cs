using System.Globalization;
using Plumb.Text.Wast;

namespace Plumb.Fuzz.Differential;

/// <summary>
/// Values as WAST text, exact to the bit, for divergence messages and reduced scripts. In an
/// expectation (<see cref="Expected"/>) a quiet NaN becomes <c>nan:arithmetic</c>, the pattern the
/// oracle compares it by (<see cref="OutcomeComparer"/>); everything else is its exact bits.
/// </summary>
public static class WastText
{
    /// <summary>An argument or exact value: <c>(i32.const -1)</c>, <c>(f32.const nan:0x200000)</c>.</summary>
    public static string Value(WastValue value) => value.Type switch
    {
        ValType.I32 => $"(i32.const {I(unchecked((int)(uint)value.Low))})",
        ValType.I64 => $"(i64.const {I(unchecked((long)value.Low))})",
        ValType.F32 => $"(f32.const {F32((uint)value.Low)})",
        ValType.F64 => $"(f64.const {F64(value.Low)})",
        ValType.V128 => $"(v128.const i32x4 {V128Lanes(value)})",
        ValType.FuncRef => value.IsNull ? "(ref.null func)" : "(ref.func)",
        ValType.ExternRef => value.IsNull ? "(ref.null extern)" : $"(ref.extern {value.Low.ToString(CultureInfo.InvariantCulture)})",
        _ => throw new ArgumentException($"no WAST text for a {value.Type} value"),
    };

    /// <summary>
    /// An expectation that holds for every value the oracle treats as equal to <paramref name="value"/>:
    /// quiet NaNs (and v128 lanes that are quiet f32 NaNs) as <c>nan:arithmetic</c>.
    /// </summary>
    public static string Expected(WastValue value)
    {
        switch (value.Type)
        {
            case ValType.F32 when OutcomeComparer.IsQuietNan32((uint)value.Low):
                return "(f32.const nan:arithmetic)";
            case ValType.F64 when OutcomeComparer.IsQuietNan64(value.Low):
                return "(f64.const nan:arithmetic)";
            case ValType.FuncRef when !value.IsNull:
                return "(ref.func)";
            case ValType.V128:
            {
                var lanes = Enumerable.Range(0, 4).Select(i => OutcomeComparer.Lane32(value, i)).ToArray();
                if (!lanes.Any(OutcomeComparer.IsQuietNan32))
                    return Value(value);
                return "(v128.const f32x4 " + string.Join(" ", lanes.Select(l => OutcomeComparer.IsQuietNan32(l) ? "nan:arithmetic" : F32(l))) + ")";
            }
            default:
                return Value(value);
        }
    }

    private static string V128Lanes(WastValue value) =>
        string.Join(" ", Enumerable.Range(0, 4).Select(i => "0x" + OutcomeComparer.Lane32(value, i).ToString("x8", CultureInfo.InvariantCulture)));

    private static string I(long v) => v.ToString(CultureInfo.InvariantCulture);

    private static string F32(uint bits)
    {
        float f = BitConverter.UInt32BitsToSingle(bits);
        string sign = (bits >> 31) != 0 ? "-" : "";
        if (float.IsNaN(f))
            return $"{sign}nan:0x{(bits & 0x7F_FFFF).ToString("x", CultureInfo.InvariantCulture)}";
        if (float.IsInfinity(f))
            return sign + "inf";
        // Hexadecimal float text is exact; C# has no formatter for it, so write the bits as one.
        return sign + HexFloat(bits & 0x7F_FFFF, (int)((bits >> 23) & 0xFF), 23, 127);
    }

    private static string F64(ulong bits)
    {
        double d = BitConverter.UInt64BitsToDouble(bits);
        string sign = (bits >> 63) != 0 ? "-" : "";
        if (double.IsNaN(d))
            return $"{sign}nan:0x{(bits & 0xF_FFFF_FFFF_FFFF).ToString("x", CultureInfo.InvariantCulture)}";
        if (double.IsInfinity(d))
            return sign + "inf";
        return sign + HexFloat(bits & 0xF_FFFF_FFFF_FFFF, (int)((bits >> 52) & 0x7FF), 52, 1023);
    }

    /// <summary>A finite magnitude as WAST hexadecimal float text: <c>0x1.8p+1</c>; subnormals as <c>0x0.…p-126</c>.</summary>
    private static string HexFloat(ulong mantissa, int exponent, int mantissaBits, int bias)
    {
        if (exponent == 0 && mantissa == 0)
            return "0x0p+0";
        // Left-align the fraction to whole hexadecimal digits.
        int pad = (4 - (mantissaBits % 4)) % 4;
        int digits = (mantissaBits + pad) / 4;
        string fraction = (mantissa << pad).ToString("x" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).TrimEnd('0');
        string lead = exponent == 0 ? "0" : "1";
        int e = exponent == 0 ? 1 - bias : exponent - bias;
        return $"0x{lead}{(fraction.Length > 0 ? "." + fraction : "")}p{(e >= 0 ? "+" : "")}{e.ToString(CultureInfo.InvariantCulture)}";
    }
}
