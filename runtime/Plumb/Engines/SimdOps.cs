using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Plumb.Execution;
using static Plumb.Engines.Simd;

namespace Plumb.Engines;

/// <summary>
/// The SIMD instructions that take and give whole vectors (and shift counts, and the i32 of tests and bitmasks),
/// one method each: <see cref="Simd.Execute"/> runs them on the interpreter's stack, and the compiler calls them
/// on its typed locals, where the JIT inlines them into vector instructions. Written once, so that both engines
/// compute the same lanes. (Generated once from Simd.Execute's one-line cases; edited by hand since.)
/// </summary>
internal static class SimdOps
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Eq(Vector128<byte> x, Vector128<byte> y) => Vector128.Equals(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Ne(Vector128<byte> x, Vector128<byte> y) => ~Vector128.Equals(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16LtS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsSByte(), y.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16LtU(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16GtS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsSByte(), y.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16GtU(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16LeS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsSByte(), y.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16LeU(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16GeS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsSByte(), y.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16GeU(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Eq(Vector128<byte> x, Vector128<byte> y) => Vector128.Equals(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Ne(Vector128<byte> x, Vector128<byte> y) => ~Vector128.Equals(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8LtS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8LtU(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsUInt16(), y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8GtS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8GtU(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsUInt16(), y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8LeS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8LeU(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsUInt16(), y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8GeS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8GeU(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsUInt16(), y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Eq(Vector128<byte> x, Vector128<byte> y) => Vector128.Equals(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Ne(Vector128<byte> x, Vector128<byte> y) => ~Vector128.Equals(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4LtS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4LtU(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsUInt32(), y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4GtS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4GtU(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsUInt32(), y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4LeS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4LeU(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsUInt32(), y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4GeS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4GeU(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsUInt32(), y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Eq(Vector128<byte> x, Vector128<byte> y) => Vector128.Equals(x.AsInt64(), y.AsInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Ne(Vector128<byte> x, Vector128<byte> y) => ~Vector128.Equals(x.AsInt64(), y.AsInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2LtS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsInt64(), y.AsInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2GtS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsInt64(), y.AsInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2LeS(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsInt64(), y.AsInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2GeS(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsInt64(), y.AsInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Eq(Vector128<byte> x, Vector128<byte> y) => Vector128.Equals(x.AsSingle(), y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Ne(Vector128<byte> x, Vector128<byte> y) => ~Vector128.Equals(x.AsSingle(), y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Lt(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsSingle(), y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Gt(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsSingle(), y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Le(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsSingle(), y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Ge(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsSingle(), y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Eq(Vector128<byte> x, Vector128<byte> y) => Vector128.Equals(x.AsDouble(), y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Ne(Vector128<byte> x, Vector128<byte> y) => ~Vector128.Equals(x.AsDouble(), y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Lt(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThan(x.AsDouble(), y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Gt(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThan(x.AsDouble(), y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Le(Vector128<byte> x, Vector128<byte> y) => Vector128.LessThanOrEqual(x.AsDouble(), y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Ge(Vector128<byte> x, Vector128<byte> y) => Vector128.GreaterThanOrEqual(x.AsDouble(), y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> V128Not(Vector128<byte> x) => ~x;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> V128And(Vector128<byte> x, Vector128<byte> y) => x & y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> V128Andnot(Vector128<byte> x, Vector128<byte> y) => Vector128.AndNot(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> V128Or(Vector128<byte> x, Vector128<byte> y) => x | y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> V128Xor(Vector128<byte> x, Vector128<byte> y) => x ^ y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I8x16AllTrue(Vector128<byte> x) => !Vector128.EqualsAny(x, Vector128<byte>.Zero) ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I16x8AllTrue(Vector128<byte> x) => !Vector128.EqualsAny(x.AsUInt16(), Vector128<ushort>.Zero) ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32x4AllTrue(Vector128<byte> x) => !Vector128.EqualsAny(x.AsUInt32(), Vector128<uint>.Zero) ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64x2AllTrue(Vector128<byte> x) => !Vector128.EqualsAny(x.AsUInt64(), Vector128<ulong>.Zero) ? 1 : 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I8x16Bitmask(Vector128<byte> x) => (int)(Vector128.ExtractMostSignificantBits(x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I16x8Bitmask(Vector128<byte> x) => (int)(Vector128.ExtractMostSignificantBits(x.AsUInt16()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I32x4Bitmask(Vector128<byte> x) => (int)(Vector128.ExtractMostSignificantBits(x.AsUInt32()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int I64x2Bitmask(Vector128<byte> x) => (int)(Vector128.ExtractMostSignificantBits(x.AsUInt64()));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Abs(Vector128<byte> x) => Map(x.AsSByte(), static x => (sbyte)(x < 0 ? -x : x)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Abs(Vector128<byte> x) => Map(x.AsInt16(), static x => (short)(x < 0 ? -x : x)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Abs(Vector128<byte> x) => Map(x.AsInt32(), static x => x < 0 ? unchecked(-x) : x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Abs(Vector128<byte> x) => Map(x.AsInt64(), static x => x < 0 ? unchecked(-x) : x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Neg(Vector128<byte> x) => (Vector128<byte>.Zero - x);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Neg(Vector128<byte> x) => (Vector128<ushort>.Zero - x.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Neg(Vector128<byte> x) => (Vector128<uint>.Zero - x.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Neg(Vector128<byte> x) => (Vector128<ulong>.Zero - x.AsUInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Popcnt(Vector128<byte> x) => Map(x, static x => (byte)BitOperations.PopCount(x));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Add(Vector128<byte> x, Vector128<byte> y) => x + y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Add(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt16() + y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Add(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt32() + y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Add(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt64() + y.AsUInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Sub(Vector128<byte> x, Vector128<byte> y) => x - y;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Sub(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt16() - y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Sub(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt32() - y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Sub(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt64() - y.AsUInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Mul(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt16() * y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Mul(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt32() * y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Mul(Vector128<byte> x, Vector128<byte> y) => (x.AsUInt64() * y.AsUInt64()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16AddSatS(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsSByte(), y.AsSByte(), static (x, y) => (sbyte)Math.Clamp(x + y, sbyte.MinValue, sbyte.MaxValue)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16AddSatU(Vector128<byte> x, Vector128<byte> y) => Zip(x, y, static (x, y) => (byte)Math.Min(x + y, byte.MaxValue));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16SubSatS(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsSByte(), y.AsSByte(), static (x, y) => (sbyte)Math.Clamp(x - y, sbyte.MinValue, sbyte.MaxValue)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16SubSatU(Vector128<byte> x, Vector128<byte> y) => Zip(x, y, static (x, y) => (byte)Math.Max(x - y, 0));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8AddSatS(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsInt16(), y.AsInt16(), static (x, y) => (short)Math.Clamp(x + y, short.MinValue, short.MaxValue)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8AddSatU(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsUInt16(), y.AsUInt16(), static (x, y) => (ushort)Math.Min(x + y, ushort.MaxValue)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8SubSatS(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsInt16(), y.AsInt16(), static (x, y) => (short)Math.Clamp(x - y, short.MinValue, short.MaxValue)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8SubSatU(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsUInt16(), y.AsUInt16(), static (x, y) => (ushort)Math.Max(x - y, 0)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16MinS(Vector128<byte> x, Vector128<byte> y) => Vector128.Min(x.AsSByte(), y.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16MinU(Vector128<byte> x, Vector128<byte> y) => Vector128.Min(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16MaxS(Vector128<byte> x, Vector128<byte> y) => Vector128.Max(x.AsSByte(), y.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16MaxU(Vector128<byte> x, Vector128<byte> y) => Vector128.Max(x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8MinS(Vector128<byte> x, Vector128<byte> y) => Vector128.Min(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8MinU(Vector128<byte> x, Vector128<byte> y) => Vector128.Min(x.AsUInt16(), y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8MaxS(Vector128<byte> x, Vector128<byte> y) => Vector128.Max(x.AsInt16(), y.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8MaxU(Vector128<byte> x, Vector128<byte> y) => Vector128.Max(x.AsUInt16(), y.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4MinS(Vector128<byte> x, Vector128<byte> y) => Vector128.Min(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4MinU(Vector128<byte> x, Vector128<byte> y) => Vector128.Min(x.AsUInt32(), y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4MaxS(Vector128<byte> x, Vector128<byte> y) => Vector128.Max(x.AsInt32(), y.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4MaxU(Vector128<byte> x, Vector128<byte> y) => Vector128.Max(x.AsUInt32(), y.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16AvgrU(Vector128<byte> x, Vector128<byte> y) => Zip(x, y, static (x, y) => (byte)((x + y + 1) >> 1));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8AvgrU(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsUInt16(), y.AsUInt16(), static (x, y) => (ushort)((x + y + 1) >> 1)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Q15mulrSatS(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsInt16(), y.AsInt16(), static (x, y) => (short)Math.Clamp((x * y + 0x4000) >> 15, short.MinValue, short.MaxValue)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Shl(Vector128<byte> x, int count) => Vector128.ShiftLeft(x, (int)((ulong)(uint)count & 7));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16ShrS(Vector128<byte> x, int count) => Vector128.ShiftRightArithmetic(x.AsSByte(), (int)((ulong)(uint)count & 7)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16ShrU(Vector128<byte> x, int count) => Vector128.ShiftRightLogical(x, (int)((ulong)(uint)count & 7));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8Shl(Vector128<byte> x, int count) => Vector128.ShiftLeft(x.AsUInt16(), (int)((ulong)(uint)count & 15)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ShrS(Vector128<byte> x, int count) => Vector128.ShiftRightArithmetic(x.AsInt16(), (int)((ulong)(uint)count & 15)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ShrU(Vector128<byte> x, int count) => Vector128.ShiftRightLogical(x.AsUInt16(), (int)((ulong)(uint)count & 15)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4Shl(Vector128<byte> x, int count) => Vector128.ShiftLeft(x.AsUInt32(), (int)((ulong)(uint)count & 31)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ShrS(Vector128<byte> x, int count) => Vector128.ShiftRightArithmetic(x.AsInt32(), (int)((ulong)(uint)count & 31)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ShrU(Vector128<byte> x, int count) => Vector128.ShiftRightLogical(x.AsUInt32(), (int)((ulong)(uint)count & 31)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2Shl(Vector128<byte> x, int count) => Vector128.ShiftLeft(x.AsUInt64(), (int)((ulong)(uint)count & 63)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ShrS(Vector128<byte> x, int count) => Vector128.ShiftRightArithmetic(x.AsInt64(), (int)((ulong)(uint)count & 63)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ShrU(Vector128<byte> x, int count) => Vector128.ShiftRightLogical(x.AsUInt64(), (int)((ulong)(uint)count & 63)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtendLowI8x16S(Vector128<byte> x) => Vector128.WidenLower(x.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtendHighI8x16S(Vector128<byte> x) => Vector128.WidenUpper(x.AsSByte()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtendLowI8x16U(Vector128<byte> x) => Vector128.WidenLower(x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtendHighI8x16U(Vector128<byte> x) => Vector128.WidenUpper(x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtendLowI16x8S(Vector128<byte> x) => Vector128.WidenLower(x.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtendHighI16x8S(Vector128<byte> x) => Vector128.WidenUpper(x.AsInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtendLowI16x8U(Vector128<byte> x) => Vector128.WidenLower(x.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtendHighI16x8U(Vector128<byte> x) => Vector128.WidenUpper(x.AsUInt16()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtendLowI32x4S(Vector128<byte> x) => Vector128.WidenLower(x.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtendHighI32x4S(Vector128<byte> x) => Vector128.WidenUpper(x.AsInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtendLowI32x4U(Vector128<byte> x) => Vector128.WidenLower(x.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtendHighI32x4U(Vector128<byte> x) => Vector128.WidenUpper(x.AsUInt32()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtmulLowI8x16S(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenLower(x.AsSByte()) * Vector128.WidenLower(y.AsSByte())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtmulHighI8x16S(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenUpper(x.AsSByte()) * Vector128.WidenUpper(y.AsSByte())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtmulLowI8x16U(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenLower(x) * Vector128.WidenLower(y)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I16x8ExtmulHighI8x16U(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenUpper(x) * Vector128.WidenUpper(y)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtmulLowI16x8S(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenLower(x.AsInt16()) * Vector128.WidenLower(y.AsInt16())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtmulHighI16x8S(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenUpper(x.AsInt16()) * Vector128.WidenUpper(y.AsInt16())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtmulLowI16x8U(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenLower(x.AsUInt16()) * Vector128.WidenLower(y.AsUInt16())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4ExtmulHighI16x8U(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenUpper(x.AsUInt16()) * Vector128.WidenUpper(y.AsUInt16())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtmulLowI32x4S(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenLower(x.AsInt32()) * Vector128.WidenLower(y.AsInt32())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtmulHighI32x4S(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenUpper(x.AsInt32()) * Vector128.WidenUpper(y.AsInt32())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtmulLowI32x4U(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenLower(x.AsUInt32()) * Vector128.WidenLower(y.AsUInt32())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I64x2ExtmulHighI32x4U(Vector128<byte> x, Vector128<byte> y) => (Vector128.WidenUpper(x.AsUInt32()) * Vector128.WidenUpper(y.AsUInt32())).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Abs(Vector128<byte> x) => (x.AsUInt32() & Vector128.Create(0x7FFF_FFFFu)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Neg(Vector128<byte> x) => (x.AsUInt32() ^ Vector128.Create(0x8000_0000u)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Abs(Vector128<byte> x) => (x.AsUInt64() & Vector128.Create(0x7FFF_FFFF_FFFF_FFFFUL)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Neg(Vector128<byte> x) => (x.AsUInt64() ^ Vector128.Create(0x8000_0000_0000_0000UL)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Sqrt(Vector128<byte> x) => Map(x.AsSingle(), Numerics.Sqrt).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Sqrt(Vector128<byte> x) => Map(x.AsDouble(), Numerics.Sqrt).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Ceil(Vector128<byte> x) => Map(x.AsSingle(), Numerics.Ceil).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Floor(Vector128<byte> x) => Map(x.AsSingle(), Numerics.Floor).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Trunc(Vector128<byte> x) => Map(x.AsSingle(), Numerics.Trunc).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Nearest(Vector128<byte> x) => Map(x.AsSingle(), Numerics.Nearest).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Ceil(Vector128<byte> x) => Map(x.AsDouble(), Numerics.Ceil).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Floor(Vector128<byte> x) => Map(x.AsDouble(), Numerics.Floor).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Trunc(Vector128<byte> x) => Map(x.AsDouble(), Numerics.Trunc).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Nearest(Vector128<byte> x) => Map(x.AsDouble(), Numerics.Nearest).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Add(Vector128<byte> x, Vector128<byte> y) => (x.AsSingle() + y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Sub(Vector128<byte> x, Vector128<byte> y) => (x.AsSingle() - y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Mul(Vector128<byte> x, Vector128<byte> y) => (x.AsSingle() * y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Div(Vector128<byte> x, Vector128<byte> y) => (x.AsSingle() / y.AsSingle()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Add(Vector128<byte> x, Vector128<byte> y) => (x.AsDouble() + y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Sub(Vector128<byte> x, Vector128<byte> y) => (x.AsDouble() - y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Mul(Vector128<byte> x, Vector128<byte> y) => (x.AsDouble() * y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Div(Vector128<byte> x, Vector128<byte> y) => (x.AsDouble() / y.AsDouble()).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Min(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsSingle(), y.AsSingle(), Numerics.FMin).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Max(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsSingle(), y.AsSingle(), Numerics.FMax).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Min(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsDouble(), y.AsDouble(), Numerics.FMin).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Max(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsDouble(), y.AsDouble(), Numerics.FMax).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Pmin(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsSingle(), y.AsSingle(), static (x, y) => y < x ? y : x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4Pmax(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsSingle(), y.AsSingle(), static (x, y) => x < y ? y : x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Pmin(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsDouble(), y.AsDouble(), static (x, y) => y < x ? y : x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F64x2Pmax(Vector128<byte> x, Vector128<byte> y) => Zip(x.AsDouble(), y.AsDouble(), static (x, y) => x < y ? y : x).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4TruncSatF32x4S(Vector128<byte> x) => Convert(x.AsSingle(), static x => Numerics.I32TruncSatS(x)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I32x4TruncSatF32x4U(Vector128<byte> x) => Convert(x.AsSingle(), static x => (int)Numerics.I32TruncSatU(x)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4ConvertI32x4S(Vector128<byte> x) => MapTo(x.AsInt32(), static x => BitConverter.SingleToInt32Bits(x)).AsByte();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> F32x4ConvertI32x4U(Vector128<byte> x) => MapTo(x.AsUInt32(), static x => BitConverter.SingleToUInt32Bits(x)).AsByte();

    /// <summary>i8x16.shuffle: lane i is lane l of x (l &lt; 16) or of y (l - 16), l the i-th byte of the immediate (lo, hi).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Shuffle(Vector128<byte> x, Vector128<byte> y, ulong lo, ulong hi)
    {
        // Vector128.Shuffle gives 0 for an index beyond 15: each side picks its own lanes, the other's are 0.
        var lanes = Vector128.Create(lo, hi).AsByte();
        return Vector128.Shuffle(x, lanes) | Vector128.Shuffle(y, lanes - Vector128.Create((byte)16));
    }

    /// <summary>i8x16.swizzle: lane i is lane s[i] of x, or 0 when s[i] is 16 or more (as Vector128.Shuffle gives).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> I8x16Swizzle(Vector128<byte> x, Vector128<byte> s) => Vector128.Shuffle(x, s);

    /// <summary>v128.bitselect: the bits of x where the mask m has ones, of y elsewhere.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector128<byte> V128Bitselect(Vector128<byte> x, Vector128<byte> y, Vector128<byte> m) => Vector128.ConditionalSelect(m, x, y);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int V128AnyTrue(Vector128<byte> x) => x != Vector128<byte>.Zero ? 1 : 0;

    public static Vector128<byte> I32x4DotI16x8S(Vector128<byte> a, Vector128<byte> b)
    {
        Vector128<short> x = a.AsInt16(), y = b.AsInt16();
        Vector128<int> r = default;
        for (int i = 0; i < 4; i++)
        {
            r = r.WithElement(i, unchecked(x.GetElement(2 * i) * y.GetElement(2 * i) + x.GetElement(2 * i + 1) * y.GetElement(2 * i + 1)));
        }
        return r.AsByte();
    }

    public static Vector128<byte> I16x8ExtaddPairwiseI8x16S(Vector128<byte> v)
    {
        var x = v.AsSByte();
        Vector128<short> r = default;
        for (int i = 0; i < 8; i++) r = r.WithElement(i, (short)(x.GetElement(2 * i) + x.GetElement(2 * i + 1)));
        return r.AsByte();
    }

    public static Vector128<byte> I16x8ExtaddPairwiseI8x16U(Vector128<byte> x)
    {
        Vector128<ushort> r = default;
        for (int i = 0; i < 8; i++) r = r.WithElement(i, (ushort)(x.GetElement(2 * i) + x.GetElement(2 * i + 1)));
        return r.AsByte();
    }

    public static Vector128<byte> I32x4ExtaddPairwiseI16x8S(Vector128<byte> v)
    {
        var x = v.AsInt16();
        Vector128<int> r = default;
        for (int i = 0; i < 4; i++) r = r.WithElement(i, x.GetElement(2 * i) + x.GetElement(2 * i + 1));
        return r.AsByte();
    }

    public static Vector128<byte> I32x4ExtaddPairwiseI16x8U(Vector128<byte> v)
    {
        var x = v.AsUInt16();
        Vector128<uint> r = default;
        for (int i = 0; i < 4; i++) r = r.WithElement(i, (uint)(x.GetElement(2 * i) + x.GetElement(2 * i + 1)));
        return r.AsByte();
    }

    public static Vector128<byte> I8x16NarrowI16x8S(Vector128<byte> a, Vector128<byte> b)
    {
        Vector128<short> x = a.AsInt16(), y = b.AsInt16();
        Vector128<sbyte> r = default;
        for (int i = 0; i < 8; i++)
        {
            r = r.WithElement(i, (sbyte)Math.Clamp((int)x.GetElement(i), sbyte.MinValue, sbyte.MaxValue));
            r = r.WithElement(i + 8, (sbyte)Math.Clamp((int)y.GetElement(i), sbyte.MinValue, sbyte.MaxValue));
        }
        return r.AsByte();
    }

    public static Vector128<byte> I8x16NarrowI16x8U(Vector128<byte> a, Vector128<byte> b)
    {
        Vector128<short> x = a.AsInt16(), y = b.AsInt16();
        Vector128<byte> r = default;
        for (int i = 0; i < 8; i++)
        {
            r = r.WithElement(i, (byte)Math.Clamp((int)x.GetElement(i), 0, byte.MaxValue));
            r = r.WithElement(i + 8, (byte)Math.Clamp((int)y.GetElement(i), 0, byte.MaxValue));
        }
        return r;
    }

    public static Vector128<byte> I16x8NarrowI32x4S(Vector128<byte> a, Vector128<byte> b)
    {
        Vector128<int> x = a.AsInt32(), y = b.AsInt32();
        Vector128<short> r = default;
        for (int i = 0; i < 4; i++)
        {
            r = r.WithElement(i, (short)Math.Clamp(x.GetElement(i), short.MinValue, short.MaxValue));
            r = r.WithElement(i + 4, (short)Math.Clamp(y.GetElement(i), short.MinValue, short.MaxValue));
        }
        return r.AsByte();
    }

    public static Vector128<byte> I16x8NarrowI32x4U(Vector128<byte> a, Vector128<byte> b)
    {
        Vector128<int> x = a.AsInt32(), y = b.AsInt32();
        Vector128<ushort> r = default;
        for (int i = 0; i < 4; i++)
        {
            r = r.WithElement(i, (ushort)Math.Clamp(x.GetElement(i), 0, ushort.MaxValue));
            r = r.WithElement(i + 4, (ushort)Math.Clamp(y.GetElement(i), 0, ushort.MaxValue));
        }
        return r.AsByte();
    }

    public static Vector128<byte> I32x4TruncSatF64x2SZero(Vector128<byte> v)
    {
        var x = v.AsDouble();
        return Vector128.Create(Numerics.I32TruncSatS(x.GetElement(0)), Numerics.I32TruncSatS(x.GetElement(1)), 0, 0).AsByte();
    }

    public static Vector128<byte> I32x4TruncSatF64x2UZero(Vector128<byte> v)
    {
        var x = v.AsDouble();
        return Vector128.Create(Numerics.I32TruncSatU(x.GetElement(0)), Numerics.I32TruncSatU(x.GetElement(1)), 0, 0).AsByte();
    }

    public static Vector128<byte> F64x2ConvertLowI32x4S(Vector128<byte> v)
    {
        var x = v.AsInt32();
        return Vector128.Create((double)x.GetElement(0), x.GetElement(1)).AsByte();
    }

    public static Vector128<byte> F64x2ConvertLowI32x4U(Vector128<byte> v)
    {
        var x = v.AsUInt32();
        return Vector128.Create((double)x.GetElement(0), x.GetElement(1)).AsByte();
    }

    public static Vector128<byte> F32x4DemoteF64x2Zero(Vector128<byte> v)
    {
        var x = v.AsDouble();
        return Vector128.Create(Numerics.F32DemoteF64(x.GetElement(0)), Numerics.F32DemoteF64(x.GetElement(1)), 0f, 0f).AsByte();
    }

    public static Vector128<byte> F64x2PromoteLowF32x4(Vector128<byte> v)
    {
        var x = v.AsSingle();
        return Vector128.Create(Numerics.F64PromoteF32(x.GetElement(0)), Numerics.F64PromoteF32(x.GetElement(1))).AsByte();
    }

    // The lanes of the extending, splatting and zero-filling loads, from the bytes loaded (shared with the compiler's loads).
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load8x8S(ulong bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsSByte()).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load8x8U(ulong bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsByte()).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load16x4S(ulong bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsInt16()).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load16x4U(ulong bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsUInt16()).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load32x2S(ulong bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsInt32()).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load32x2U(ulong bits) => Vector128.WidenLower(Vector128.CreateScalar(bits).AsUInt32()).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load8Splat(byte value) => Vector128.Create(value);
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load16Splat(ushort value) => Vector128.Create(value).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load32Splat(uint value) => Vector128.Create(value).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load64Splat(ulong value) => Vector128.Create(value).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load32Zero(uint value) => Vector128.CreateScalar(value).AsByte();
    [MethodImpl(MethodImplOptions.AggressiveInlining)] public static Vector128<byte> Load64Zero(ulong value) => Vector128.CreateScalar(value).AsByte();
}
