using Plumb.Text.Wast;

namespace Plumb.Harness;

/// <summary>
/// Decides whether actual results satisfy an <c>assert_return</c>'s expectations, bit for bit:
/// floats are compared by their bits, NaN patterns by the spec's canonical and arithmetic NaN sets
/// (https://webassembly.github.io/spec/core/exec/numerics.html#nan-propagation), v128 lane by lane.
/// </summary>
internal static class Expectations
{
    private const uint F32Canonical = 0x7FC0_0000;
    private const ulong F64Canonical = 0x7FF8_0000_0000_0000;

    /// <summary>True if <paramref name="actual"/> has as many values as expected and each matches.</summary>
    public static bool Match(IReadOnlyList<WastExpected> expected, IReadOnlyList<WastValue> actual)
    {
        if (expected.Count != actual.Count)
            return false;
        for (int i = 0; i < expected.Count; i++)
        {
            if (!Match(expected[i], actual[i]))
                return false;
        }
        return true;
    }

    /// <summary>True if one value matches one expectation.</summary>
    public static bool Match(WastExpected expected, WastValue actual) => expected switch
    {
        ExpectedValue v => SameValue(v.Value, actual),
        ExpectedNan n => n.Type == actual.Type && IsNan(n, actual.Low),
        ExpectedUntypedNan u => actual.Type is ValType.F32 or ValType.F64 && IsNan(new ExpectedNan(actual.Type, u.Kind), actual.Low),
        ExpectedV128 v => actual.Type == ValType.V128 && MatchLanes(v, actual),
        ExpectedAnyRef r => r.Type == actual.Type && !actual.IsNull,
        _ => false,
    };

    private static bool SameValue(WastValue expected, WastValue actual)
    {
        if (expected.Type != actual.Type)
            return false;
        return expected.Type switch
        {
            ValType.I32 or ValType.F32 => (uint)expected.Low == (uint)actual.Low,
            ValType.I64 or ValType.F64 => expected.Low == actual.Low,
            ValType.V128 => expected.Low == actual.Low && expected.High == actual.High,
            // A non-null funcref has no identity a script can name; an externref is its host number.
            ValType.FuncRef => expected.IsNull == actual.IsNull,
            ValType.ExternRef => expected.IsNull == actual.IsNull && (expected.IsNull || expected.Low == actual.Low),
            _ => false,
        };
    }

    private static bool IsNan(ExpectedNan pattern, ulong bits)
    {
        if (pattern.Type == ValType.F32)
        {
            uint b = (uint)bits & 0x7FFF_FFFF;
            return pattern.Kind == NanKind.Canonical ? b == F32Canonical : (b & F32Canonical) == F32Canonical;
        }
        ulong d = bits & 0x7FFF_FFFF_FFFF_FFFF;
        return pattern.Kind == NanKind.Canonical ? d == F64Canonical : (d & F64Canonical) == F64Canonical;
    }

    private static bool MatchLanes(ExpectedV128 expected, WastValue actual)
    {
        int width = LaneBits(expected.Shape);
        if (width == 0 || expected.Lanes.Count != 128 / width)
            return false;
        for (int i = 0; i < expected.Lanes.Count; i++)
        {
            ulong lane = Lane(actual, i, width);
            bool ok = expected.Lanes[i] switch
            {
                ExpectedNan n => IsNan(n, lane),
                ExpectedValue v => (v.Value.Low & Mask(width)) == lane,
                _ => false,
            };
            if (!ok)
                return false;
        }
        return true;
    }

    /// <summary>Lane width in bits of a shape (i8x16 → 8), or 0 if unknown.</summary>
    public static int LaneBits(string shape) => shape switch
    {
        "i8x16" => 8,
        "i16x8" => 16,
        "i32x4" or "f32x4" => 32,
        "i64x2" or "f64x2" => 64,
        _ => 0,
    };

    private static ulong Mask(int width) => width == 64 ? ulong.MaxValue : (1UL << width) - 1;

    private static ulong Lane(WastValue v, int index, int width)
    {
        int bit = index * width;
        ulong half = bit < 64 ? v.Low : v.High;
        return (half >> (bit % 64)) & Mask(width);
    }
}
