using System.Runtime.CompilerServices;

namespace Plumb.Execution;

/// <summary>
/// Numeric operators whose spec definition differs from C#'s operators
/// (https://webassembly.github.io/spec/core/exec/numerics.html). Shared by the engines, so that
/// both compute bit-identical results and trap with the same kinds.
/// </summary>
internal static class Numerics
{
    private const uint F32Quiet = 0x0040_0000;
    private const ulong F64Quiet = 0x0008_0000_0000_0000;

    public static WasmTrapException Trap(TrapKind kind) => new(kind);

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowTrap(TrapKind kind) => throw new WasmTrapException(kind);

    /// <summary>Throws a trap raised by the interpreter's op at <paramref name="site"/> (0: not by the interpreter), which the stack trace maps to its offset.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void ThrowTrap(TrapKind kind, nint site) => throw new WasmTrapException(kind) { InterpreterSite = site };

    public static int I32DivS(int a, int b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        if (a == int.MinValue && b == -1) ThrowTrap(TrapKind.IntegerOverflow, site);
        return a / b;
    }

    public static uint I32DivU(uint a, uint b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        return a / b;
    }

    public static int I32RemS(int a, int b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        return b == -1 ? 0 : a % b;
    }

    public static uint I32RemU(uint a, uint b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        return a % b;
    }

    public static long I64DivS(long a, long b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        if (a == long.MinValue && b == -1) ThrowTrap(TrapKind.IntegerOverflow, site);
        return a / b;
    }

    public static ulong I64DivU(ulong a, ulong b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        return a / b;
    }

    public static long I64RemS(long a, long b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        return b == -1 ? 0 : a % b;
    }

    public static ulong I64RemU(ulong a, ulong b, nint site = 0)
    {
        if (b == 0) ThrowTrap(TrapKind.IntegerDivideByZero, site);
        return a % b;
    }

    // min and max (https://webassembly.github.io/spec/core/exec/numerics.html#op-fmin): a NaN operand
    // gives an arithmetic NaN (quiet bit set), and -0 is below +0.
    public static float FMin(float a, float b)
    {
        if (float.IsNaN(a)) return QuietF32(a);
        if (float.IsNaN(b)) return QuietF32(b);
        if (a == b) return BitConverter.SingleToInt32Bits(a) < 0 ? a : b;
        return a < b ? a : b;
    }

    public static float FMax(float a, float b)
    {
        if (float.IsNaN(a)) return QuietF32(a);
        if (float.IsNaN(b)) return QuietF32(b);
        if (a == b) return BitConverter.SingleToInt32Bits(a) < 0 ? b : a;
        return a > b ? a : b;
    }

    public static double FMin(double a, double b)
    {
        if (double.IsNaN(a)) return QuietF64(a);
        if (double.IsNaN(b)) return QuietF64(b);
        if (a == b) return BitConverter.DoubleToInt64Bits(a) < 0 ? a : b;
        return a < b ? a : b;
    }

    public static double FMax(double a, double b)
    {
        if (double.IsNaN(a)) return QuietF64(a);
        if (double.IsNaN(b)) return QuietF64(b);
        if (a == b) return BitConverter.DoubleToInt64Bits(a) < 0 ? b : a;
        return a > b ? a : b;
    }

    public static float QuietF32(float a) => BitConverter.UInt32BitsToSingle(BitConverter.SingleToUInt32Bits(a) | F32Quiet);

    public static double QuietF64(double a) => BitConverter.UInt64BitsToDouble(BitConverter.DoubleToUInt64Bits(a) | F64Quiet);

    // Rounding (ceil, floor, trunc, nearest) and sqrt of a NaN give an arithmetic NaN; quieting
    // explicitly keeps that true whatever instruction the JIT picks.
    public static float Ceil(float a) => float.IsNaN(a) ? QuietF32(a) : MathF.Ceiling(a);
    public static float Floor(float a) => float.IsNaN(a) ? QuietF32(a) : MathF.Floor(a);
    public static float Trunc(float a) => float.IsNaN(a) ? QuietF32(a) : MathF.Truncate(a);
    public static float Nearest(float a) => float.IsNaN(a) ? QuietF32(a) : MathF.Round(a, MidpointRounding.ToEven);
    public static float Sqrt(float a) => float.IsNaN(a) ? QuietF32(a) : MathF.Sqrt(a);
    public static double Ceil(double a) => double.IsNaN(a) ? QuietF64(a) : Math.Ceiling(a);
    public static double Floor(double a) => double.IsNaN(a) ? QuietF64(a) : Math.Floor(a);
    public static double Trunc(double a) => double.IsNaN(a) ? QuietF64(a) : Math.Truncate(a);
    public static double Nearest(double a) => double.IsNaN(a) ? QuietF64(a) : Math.Round(a, MidpointRounding.ToEven);
    public static double Sqrt(double a) => double.IsNaN(a) ? QuietF64(a) : Math.Sqrt(a);

    // Sign operations work on bits: they never touch a NaN's payload.
    public static uint F32Abs(uint bits) => bits & 0x7FFF_FFFF;
    public static uint F32Neg(uint bits) => bits ^ 0x8000_0000;
    public static uint F32CopySign(uint a, uint b) => (a & 0x7FFF_FFFF) | (b & 0x8000_0000);
    public static ulong F64Abs(ulong bits) => bits & 0x7FFF_FFFF_FFFF_FFFF;
    public static ulong F64Neg(ulong bits) => bits ^ 0x8000_0000_0000_0000;
    public static ulong F64CopySign(ulong a, ulong b) => (a & 0x7FFF_FFFF_FFFF_FFFF) | (b & 0x8000_0000_0000_0000);

    // Truncation to integers (https://webassembly.github.io/spec/core/exec/numerics.html#op-trunc-s):
    // NaN is an invalid conversion, values whose truncation is outside the target range overflow.
    public static int I32TruncS(double a, nint site = 0)
    {
        if (double.IsNaN(a)) ThrowTrap(TrapKind.InvalidConversionToInteger, site);
        double t = Math.Truncate(a);
        if (!(t >= -2147483648.0 && t <= 2147483647.0)) ThrowTrap(TrapKind.IntegerOverflow, site);
        return (int)t;
    }

    public static uint I32TruncU(double a, nint site = 0)
    {
        if (double.IsNaN(a)) ThrowTrap(TrapKind.InvalidConversionToInteger, site);
        double t = Math.Truncate(a);
        if (!(t >= 0.0 && t <= 4294967295.0)) ThrowTrap(TrapKind.IntegerOverflow, site);
        return (uint)t;
    }

    public static long I64TruncS(double a, nint site = 0)
    {
        if (double.IsNaN(a)) ThrowTrap(TrapKind.InvalidConversionToInteger, site);
        double t = Math.Truncate(a);
        if (!(t >= -9223372036854775808.0 && t < 9223372036854775808.0)) ThrowTrap(TrapKind.IntegerOverflow, site);
        return (long)t;
    }

    public static ulong I64TruncU(double a, nint site = 0)
    {
        if (double.IsNaN(a)) ThrowTrap(TrapKind.InvalidConversionToInteger, site);
        double t = Math.Truncate(a);
        if (!(t >= 0.0 && t < 18446744073709551616.0)) ThrowTrap(TrapKind.IntegerOverflow, site);
        return (ulong)t;
    }

    // Saturating truncation (https://webassembly.github.io/spec/core/exec/numerics.html#op-trunc-sat-s).
    public static int I32TruncSatS(double a) =>
        double.IsNaN(a) ? 0 : a <= -2147483648.0 ? int.MinValue : a >= 2147483647.0 ? int.MaxValue : (int)a;

    public static uint I32TruncSatU(double a) =>
        double.IsNaN(a) ? 0 : a <= 0.0 ? 0 : a >= 4294967295.0 ? uint.MaxValue : (uint)a;

    public static long I64TruncSatS(double a) =>
        double.IsNaN(a) ? 0 : a <= -9223372036854775808.0 ? long.MinValue : a >= 9223372036854775808.0 ? long.MaxValue : (long)a;

    public static ulong I64TruncSatU(double a) =>
        double.IsNaN(a) ? 0 : a <= 0.0 ? 0 : a >= 18446744073709551616.0 ? ulong.MaxValue : (ulong)a;

    // Unsigned 64-bit to float with one rounding
    // (https://webassembly.github.io/spec/core/exec/numerics.html#op-convert-u): keep at most 53
    // significant bits with a sticky bit for the rest, so the f64 is exact and only f64 → f32 rounds.
    public static float F32ConvertU64(ulong a)
    {
        int significant = 64 - System.Numerics.BitOperations.LeadingZeroCount(a);
        if (significant <= 53)
        {
            return (float)(double)a;
        }
        int shift = significant - 53;
        ulong kept = (a >> shift) | ((a & ((1UL << shift) - 1)) != 0 ? 1UL : 0UL);
        return (float)Math.ScaleB((double)kept, shift);
    }

    public static float F32ConvertS64(long a)
    {
        if (a == long.MinValue) return -9223372036854775808f;
        float f = F32ConvertU64((ulong)(a < 0 ? -a : a));
        return a < 0 ? -f : f;
    }

    public static double F64ConvertU64(ulong a)
    {
        if ((long)a >= 0) return (long)a;
        double half = (long)((a >> 1) | (a & 1));
        return half * 2.0;
    }

    public static float F32DemoteF64(double a) => double.IsNaN(a) ? BitConverter.UInt32BitsToSingle(0x7FC0_0000 | (BitConverter.DoubleToUInt64Bits(a) >> 63 == 1 ? 0x8000_0000u : 0) | (uint)((BitConverter.DoubleToUInt64Bits(a) >> 29) & 0x003F_FFFF)) : (float)a;

    public static double F64PromoteF32(float a) => float.IsNaN(a) ? BitConverter.UInt64BitsToDouble(0x7FF8_0000_0000_0000 | ((ulong)(BitConverter.SingleToUInt32Bits(a) >> 31) << 63) | ((ulong)(BitConverter.SingleToUInt32Bits(a) & 0x003F_FFFF) << 29)) : a;
}
