using System.Runtime.Intrinsics;

namespace Plumb.Tests.Engines;

/// <summary>
/// The inputs of <see cref="InstructionRowTests"/>: edge values of each value type (zeros, ones,
/// extremes, NaNs with payloads, signed zeros, infinities, subnormals, the boundaries where
/// conversions and shifts change behaviour, addresses at the end of a page) and a few seeded
/// random ones, combined into argument tuples.
/// </summary>
internal static class RowInputs
{
    /// <summary>i32 edges; small counts and sizes, shift amounts, and addresses around the end of one page.</summary>
    public static readonly int[] I32 =
    [
        0, 1, 2, 3, 4, 7, 8, 15, 16, 17, 31, 32, 33, 63, 64, 127, 128, 255, 256,
        0x7FFF, 0x8000, 0xFFFF, 65520, 65528, 65532, 65534, 65536, 65537, 0x12345678,
        0x7F800001, 0x7FC00000, unchecked((int)0xFFC00001),   // NaN bit patterns, for reinterpretation
        int.MaxValue, int.MinValue, int.MinValue + 1, -1, -2, -8, -128, -129, -32768, -65536,
    ];

    /// <summary>i64 edges.</summary>
    public static readonly long[] I64 =
    [
        0, 1, 2, 3, 7, 8, 31, 32, 33, 63, 64, 65, 127, 128, 255, 0x7FFF, 0x8000, 0xFFFF,
        0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000, 0x1_0000_0001, 0x1234_5678_9ABC_DEF0,
        1L << 24 | 1, 1L << 53, (1L << 53) + 1, 0x7FF0_0000_0000_0001, unchecked((long)0xFFF8_0000_0000_0000),
        long.MaxValue, long.MinValue, long.MinValue + 1, -1, -2, -128, -32768, int.MinValue, -(1L << 53) - 1,
    ];

    /// <summary>f32 edges, as bits.</summary>
    public static readonly uint[] F32 =
    [
        0x0000_0000, 0x8000_0000,                           // ±0
        Bits(1f), Bits(-1f), Bits(0.5f), Bits(-0.5f), Bits(1.5f), Bits(2.5f), Bits(-2.5f), Bits(3.5f),
        0x3EFF_FFFF,                                        // 0.49999997: nearest rounds it down
        0x0000_0001, 0x807F_FFFF, 0x0080_0000,             // subnormals, the smallest normal
        0x7F7F_FFFF, 0xFF7F_FFFF,                           // ±max
        0x7F80_0000, 0xFF80_0000,                           // ±inf
        0x7FC0_0000, 0xFFC0_0000, 0x7FC0_0001, 0xFFE0_1234, // quiet NaNs, with payloads
        0x7F80_0001, 0xFFA0_0000,                           // signalling NaNs
        0x4EFF_FFFF, 0x4F00_0000, 0xCF00_0000, 0xCF00_0001, // around ±2^31
        0x4F7F_FFFF, 0x4F80_0000,                           // around 2^32
        0x5EFF_FFFF, 0x5F00_0000, 0xDF00_0000, 0xDF00_0001, // around ±2^63
        0x5F7F_FFFF, 0x5F80_0000,                           // around 2^64
        0xBF7F_FFFF,                                        // -0.99999994: truncates to -0
        0x4B00_0001,                                        // 8388609, odd above 2^23
    ];

    /// <summary>f64 edges, as bits.</summary>
    public static readonly ulong[] F64 =
    [
        0x0000_0000_0000_0000, 0x8000_0000_0000_0000,
        Bits(1.0), Bits(-1.0), Bits(0.5), Bits(-0.5), Bits(1.5), Bits(2.5), Bits(-2.5),
        0x3FDF_FFFF_FFFF_FFFF,                              // 0.49999999999999994
        0x0000_0000_0000_0001, 0x800F_FFFF_FFFF_FFFF, 0x0010_0000_0000_0000,
        0x7FEF_FFFF_FFFF_FFFF, 0xFFEF_FFFF_FFFF_FFFF,
        0x7FF0_0000_0000_0000, 0xFFF0_0000_0000_0000,
        0x7FF8_0000_0000_0000, 0xFFF8_0000_0000_0000, 0x7FF8_0000_0000_0001, 0xFFFC_0000_1234_5678,
        0x7FF0_0000_0000_0001, 0xFFF4_0000_0000_0000,
        Bits(2147483647.9), Bits(2147483648.0), Bits(-2147483648.9), Bits(-2147483649.0),
        Bits(4294967295.9), Bits(4294967296.0),
        Bits(9223372036854774784.0), Bits(9223372036854775808.0), Bits(-9223372036854775808.0), Bits(-9223372036854777856.0),
        Bits(18446744073709549568.0), Bits(18446744073709551616.0),
        Bits(-0.9999999999999999),
        Bits(3.4028235677973366e38), Bits(3.4028234663852886e38), // f32 max, and just above where demote rounds to inf
        Bits(1e-40), Bits(7.006492321624085e-46),                  // demote to an f32 subnormal, and to ±0 or the smallest
        Bits(4503599627370497.0),                                  // 2^52 + 1
    ];

    /// <summary>v128 edges: uniform vectors, then lane-shaped ones for each interpretation.</summary>
    public static readonly Vector128<byte>[] V128 =
    [
        Vector128<byte>.Zero,
        Vector128<byte>.AllBitsSet,
        Vector128.Create((byte)0x80, 0x7F, 0xFF, 0x01, 0x00, 0x40, 0xC0, 0x81, 0xFE, 0x10, 0x0F, 0x55, 0xAA, 0x02, 0x20, 0x7E),
        Vector128.Create((ushort)0x8000, 0x7FFF, 0xFFFF, 0x0001, 0x0000, 0x8001, 0x00FF, 0xFF00).AsByte(),
        Vector128.Create(int.MinValue, int.MaxValue, -1, 1).AsByte(),
        Vector128.Create(0, int.MinValue + 1, int.MaxValue - 1, 65536).AsByte(),
        Vector128.Create(long.MinValue, long.MaxValue).AsByte(),
        Vector128.Create(-1L, 1L).AsByte(),
        Vector128.Create(0x7FC0_0000u, 0x8000_0000u, 0x7F80_0000u, 0x0000_0001u).AsByte(),
        Vector128.Create(0x7FC0_0001u, Bits(1.5f), Bits(-2.5f), 0x4F00_0000u).AsByte(),
        Vector128.Create(0x7F80_0001u, 0xFF80_0000u, 0x7F7F_FFFFu, Bits(0.5f)).AsByte(),
        Vector128.Create(0x5F00_0000u, 0xCF00_0000u, Bits(2.5f), 0x4EFF_FFFFu).AsByte(),
        Vector128.Create(0x4F80_0000u, 0xBF7F_FFFFu, 0x0080_0000u, 0xFFC0_0000u).AsByte(),
        Vector128.Create(0x7FF8_0000_0000_0000ul, 0x8000_0000_0000_0000ul).AsByte(),
        Vector128.Create(0x7FF0_0000_0000_0000ul, 0xFFF0_0000_0000_0000ul).AsByte(),
        Vector128.Create(0x7FF8_0000_0000_0001ul, Bits(2.5)).AsByte(),
        Vector128.Create(Bits(2147483648.0), Bits(-2147483649.0)).AsByte(),
        Vector128.Create(Bits(4294967295.9), Bits(-0.9999999999999999)).AsByte(),
        Vector128.Create(0x0000_0000_0000_0001ul, 0x7FEF_FFFF_FFFF_FFFFul).AsByte(),
        Vector128.Create(0x7FF0_0000_0000_0001ul, Bits(3.4028235677973366e38)).AsByte(),
    ];

    /// <summary>Functions with more argument combinations than this get a sample.</summary>
    public const int CrossProductLimit = 2500;

    /// <summary>The sample size where the cross product is too large.</summary>
    public const int SampleSize = 400;

    /// <summary>The sample size of functions that change memory (their memory is compared after every call).</summary>
    public const int StatefulSampleSize = 250;

    /// <summary>Every edge value of <paramref name="type"/>, then <paramref name="randoms"/> seeded random ones.</summary>
    public static List<WasmValue> Values(ValType type, Random random, int randoms = 4)
    {
        var values = type switch
        {
            ValType.I32 => I32.Select(WasmValue.FromI32).ToList(),
            ValType.I64 => I64.Select(WasmValue.FromI64).ToList(),
            ValType.F32 => F32.Select(WasmValue.FromF32Bits).ToList(),
            ValType.F64 => F64.Select(WasmValue.FromF64Bits).ToList(),
            ValType.V128 => V128.Select(WasmValue.FromV128).ToList(),
            _ => throw new NotSupportedException($"no inputs of type {type}"),
        };
        for (int i = 0; i < randoms + (type == ValType.V128 ? 2 : 0); i++)
        {
            values.Add(Random(type, random, i));
        }
        return values;
    }

    /// <summary>
    /// Argument tuples for parameters of <paramref name="types"/>: all combinations of the values when
    /// there are at most <paramref name="limit"/> of them, else a seeded sample of <paramref name="sample"/>.
    /// </summary>
    public static List<WasmValue[]> Tuples(IReadOnlyList<ValType> types, int seed, int limit = CrossProductLimit, int sample = SampleSize)
    {
        var random = new Random(seed);
        var columns = types.Select(type => Values(type, random)).ToArray();
        long product = columns.Aggregate(1L, (total, column) => total * column.Count);
        var tuples = new List<WasmValue[]>();
        if (product <= limit)
        {
            var indices = new int[columns.Length];
            for (long n = 0; n < product; n++)
            {
                tuples.Add([.. columns.Select((column, i) => column[indices[i]])]);
                for (int i = columns.Length - 1; i >= 0 && ++indices[i] == columns[i].Count; i--)
                {
                    indices[i] = 0;
                }
            }
            return tuples;
        }
        // The sample starts with all zeros (every list's first value); then a third of the tuples take
        // every i32 from small values, a third some: bulk memory and table rows (destination, source,
        // length) mostly trap on edge values alone.
        tuples.Add([.. columns.Select(column => column[0])]);
        var small = Enumerable.Range(0, 10).Select(WasmValue.FromI32).ToArray();
        for (int n = 1; n < sample; n++)
        {
            int mode = n % 3;
            tuples.Add([.. columns.Select((column, i) =>
                types[i] == ValType.I32 && (mode == 2 || mode == 1 && random.Next(2) == 0)
                    ? small[random.Next(small.Length)]
                    : column[random.Next(column.Count)])]);
        }
        return tuples;
    }

    /// <summary>The constants a row's last operand takes in the constant-operand functions.</summary>
    public static WasmValue[] Constants(ValType type) => type switch
    {
        ValType.I32 => [.. new[] { 0, 1, -1, 31, 32, 65532, int.MinValue, int.MaxValue }.Select(WasmValue.FromI32)],
        ValType.I64 => [.. new[] { 0L, 1, -1, 63, 64, 0x1_0000_0000, long.MinValue, long.MaxValue }.Select(WasmValue.FromI64)],
        ValType.F32 => [.. new uint[] { 0, 0x8000_0000, Bits(-2.5f), 0x7F80_0000, 0x7FC0_0001, 0xFF80_0001, 0x7F7F_FFFF, 1, 0x4F00_0000 }.Select(WasmValue.FromF32Bits)],
        ValType.F64 => [.. new ulong[] { 0, 0x8000_0000_0000_0000, Bits(-2.5), 0xFFF0_0000_0000_0000, 0x7FF8_0000_0000_0001, 0xFFF0_0000_0000_0001, 0x7FEF_FFFF_FFFF_FFFF, 1, Bits(2147483648.0) }.Select(WasmValue.FromF64Bits)],
        ValType.V128 => [.. new[] { V128[0], V128[1], V128[2], V128[4], V128[8], V128[13] }.Select(WasmValue.FromV128)],
        _ => throw new NotSupportedException($"no constants of type {type}"),
    };

    /// <summary>A stable hash of a name, to seed its inputs (string.GetHashCode differs between runs).</summary>
    public static int Seed(string name)
    {
        uint hash = 2166136261;
        foreach (char c in name)
        {
            hash = (hash ^ c) * 16777619;
        }
        return (int)hash;
    }

    private static WasmValue Random(ValType type, Random random, int i)
    {
        // Half the random floats are raw bits (any class), half moderate values (where rounding shows).
        switch (type)
        {
            case ValType.I32:
                return WasmValue.FromI32(i % 2 == 0 ? random.Next(int.MinValue, int.MaxValue) : random.Next(-100_000, 100_000));
            case ValType.I64:
                return WasmValue.FromI64(i % 2 == 0 ? random.NextInt64(long.MinValue, long.MaxValue) : random.NextInt64(-1L << 40, 1L << 40));
            case ValType.F32:
                return i % 2 == 0 ? WasmValue.FromF32Bits((uint)random.Next(int.MinValue, int.MaxValue)) : WasmValue.FromF32((float)((random.NextDouble() - 0.5) * 2e6));
            case ValType.F64:
                return i % 2 == 0 ? WasmValue.FromF64Bits((ulong)random.NextInt64(long.MinValue, long.MaxValue)) : WasmValue.FromF64((random.NextDouble() - 0.5) * 2e12);
            default:
                var bytes = new byte[16];
                random.NextBytes(bytes);
                return WasmValue.FromV128(Vector128.Create(bytes));
        }
    }

    private static uint Bits(float value) => BitConverter.SingleToUInt32Bits(value);

    private static ulong Bits(double value) => BitConverter.DoubleToUInt64Bits(value);
}
